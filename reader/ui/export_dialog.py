"""File ▸ Export Quotes…: choose what and how, read the preview, then save (never over a file silently).

The preview is exactly the file that will be written (:func:`reader.export.render_export`
gives both), so what the reader checks is what they get. Saving goes through
:func:`reader.export.write_export` without ``force``; an existing file is only replaced after
the reader says so in a message box, and its previous version is kept as ``.bak``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.model import Document, Highlight

FORMAT_CHOICES: tuple[tuple[str, str], ...] = (
    ("md", "Markdown (*.md)"),
    ("html", "HTML (*.html *.htm)"),
    ("csv", "CSV (*.csv)"),
    ("json", "JSON (*.json)"),
)
"""Format key and file-dialog filter (the labels are translated in the dialog)."""

KINDS: tuple[str, ...] = ("direct", "indirect", "term")


class ExportDialog(QDialog):
    """Options on the left, the preview on the right, Save… below."""

    saved = Signal(str)
    """The path written, after a successful save."""

    def __init__(
        self,
        document: Document,
        highlights: tuple[Highlight, ...] = (),
        parent: QWidget | None = None,
        *,
        script: str = "original",
        path: str | Path | None = None,
        settings: object | None = None,
        analysed: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export Quotes"))
        self.document = document
        self.highlights = tuple(highlights)
        self.source_path = str(path) if path is not None else None
        self.settings = settings
        self.preview_text = ""
        """The text the preview shows and Save writes ("" when there is nothing to export)."""
        self.confirm_box: QMessageBox | None = None
        """The "replace the existing file?" question, while it is open."""

        options = QWidget(self)
        form = QFormLayout(options)
        form.setContentsMargins(0, 0, 0, 0)

        include = QGroupBox(self.tr("Include"), options)
        include_layout = QVBoxLayout(include)
        counts = {kind: sum(1 for q in document.quotes if q.kind == kind) for kind in KINDS}
        labels = {
            "direct": self.tr("Speech in quotation marks ({0})"),
            "indirect": self.tr("Reported speech ({0})"),
            "term": self.tr("Quoted terms ({0})"),
        }
        self.kind_boxes: dict[str, QCheckBox] = {}
        for kind in KINDS:
            box = QCheckBox(labels[kind].format(counts[kind]), include)
            box.setObjectName(f"export_kind_{kind}")
            box.setChecked(kind != "term")
            box.toggled.connect(self.refresh)
            include_layout.addWidget(box)
            self.kind_boxes[kind] = box
        self.highlights_box = QCheckBox(
            self.tr("Your highlights and notes ({0})").format(len(self.highlights)), include
        )
        self.highlights_box.setObjectName("export_highlights")
        self.highlights_box.setChecked(bool(self.highlights))
        self.highlights_box.setEnabled(bool(self.highlights))
        if not self.highlights:
            self.highlights_box.setToolTip(
                self.tr("Select text in the article and press Ctrl+H to make highlights.")
            )
        self.highlights_box.toggled.connect(self.refresh)
        include_layout.addWidget(self.highlights_box)
        form.addRow(include)

        self.format_box = QComboBox(options)
        self.format_box.setObjectName("export_format")
        format_labels = {
            "md": self.tr("Markdown"),
            "html": self.tr("HTML page"),
            "csv": self.tr("CSV (spreadsheets)"),
            "json": self.tr("JSON"),
        }
        for key, _filter in FORMAT_CHOICES:
            self.format_box.addItem(format_labels[key], key)
        self.format_box.currentIndexChanged.connect(self.refresh)
        form.addRow(self.tr("Format:"), self.format_box)

        self.script_box = QComboBox(options)
        self.script_box.setObjectName("export_script")
        from reader.ui.actions import SCRIPT_CHOICES

        for key, label in SCRIPT_CHOICES:
            self.script_box.addItem(label, key)
        index = self.script_box.findData(script)
        self.script_box.setCurrentIndex(max(0, index))
        self.script_box.currentIndexChanged.connect(self.refresh)
        form.addRow(self.tr("Script:"), self.script_box)

        self.group_box = QComboBox(options)
        self.group_box.setObjectName("export_group")
        self.group_box.addItem(self.tr("By section"), "section")
        self.group_box.addItem(self.tr("By speaker"), "speaker")
        self.group_box.currentIndexChanged.connect(self.refresh)
        form.addRow(self.tr("Group:"), self.group_box)
        self.format_box.setAccessibleName(self.tr("Export format"))
        self.script_box.setAccessibleName(self.tr("Script of the export"))
        self.group_box.setAccessibleName(self.tr("Group the export"))

        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("export_preview")
        self.preview.setAccessibleName(self.tr("Preview of the export"))
        self.preview.setReadOnly(True)
        self.preview.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.preview.setFont(mono)
        self.status = QLabel(self)
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        save = self.buttons.addButton(self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole)
        assert save is not None
        self.save_button: QPushButton = save
        self.save_button.setObjectName("export_save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.choose_and_save)
        self.buttons.rejected.connect(self.reject)

        self.pending_label = QLabel(
            self.tr(
                "People and quotes have not been found yet (analysis is running or was cancelled): "
                "only your highlights can be exported now."
            ),
            self,
        )
        self.pending_label.setObjectName("export_pending")
        self.pending_label.setWordWrap(True)
        self.pending_label.setVisible(not analysed)
        form.addRow(self.pending_label)

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Preview (exactly what will be saved):"), self))
        right.addWidget(self.preview, 1)
        right.addWidget(self.status)
        top = QHBoxLayout()
        top.addWidget(options)
        top.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 620)
        self._restore_choices()
        self.refresh()

    def _prefs(self) -> QSettings | None:
        path = getattr(self.settings, "path", None)
        if path is None:
            return None
        prefs = QSettings(str(path), QSettings.Format.IniFormat, self)
        prefs.beginGroup("export")
        return prefs

    def _restore_choices(self) -> None:
        """Format, grouping and kinds as in the last export that was saved."""
        prefs = self._prefs()
        if prefs is None:
            return
        for box, key in ((self.format_box, "format"), (self.group_box, "group")):
            index = box.findData(str(prefs.value(key, "")))
            if index >= 0:
                box.setCurrentIndex(index)
        kinds = prefs.value("kinds")
        if isinstance(kinds, str):
            chosen = set(kinds.split(","))
            for kind, check in self.kind_boxes.items():
                check.setChecked(kind in chosen)

    def _save_choices(self) -> None:
        prefs = self._prefs()
        if prefs is None:
            return
        prefs.setValue("format", self.format)
        prefs.setValue("group", self.group_box.currentData())
        prefs.setValue("kinds", ",".join(k for k, box in self.kind_boxes.items() if box.isChecked()))
        prefs.sync()

    # -- options ------------------------------------------------------------------

    @property
    def format(self) -> str:
        """The chosen format key (md, html, csv, json)."""
        return str(self.format_box.currentData())

    def options(self) -> object:
        """The :class:`reader.export.ExportOptions` the controls describe."""
        from reader.export import ExportOptions

        kinds = frozenset(k for k, box in self.kind_boxes.items() if box.isChecked())
        script = str(self.script_box.currentData())
        return ExportOptions(
            format=self.format,  # type: ignore[arg-type]
            group=str(self.group_box.currentData()),  # type: ignore[arg-type]
            kinds=kinds,
            quotes=bool(kinds),
            highlights=self.highlights_box.isChecked(),
            script=None if script == "original" else script,
            source_path=self.source_path,
        )

    def refresh(self) -> None:
        """Render the export again with the current choices and show it."""
        from reader.errors import ReaderError
        from reader.export import render_export

        try:
            text = render_export(self.document, self.highlights, self.options())  # type: ignore[arg-type]
        except ReaderError as exc:
            self.preview_text = ""
            self.preview.setPlainText("")
            self.status.setText(str(exc))
            self.save_button.setEnabled(False)
            return
        self.preview_text = text
        self.preview.setPlainText(text)
        size = len(text.encode("utf-8"))
        if self.format == "csv":
            self.status.setText(self.tr("{0} bytes in UTF-8 with a BOM").format(f"{size:,}"))
        else:
            self.status.setText(self.tr("{0} bytes in UTF-8").format(f"{size:,}"))
        self.save_button.setEnabled(True)

    # -- saving -------------------------------------------------------------------

    def suggested_path(self) -> str:
        """Beside the article, named after it, with the format's suffix."""
        from reader.export import suggested_name

        name = suggested_name(self.source_path, self.format)  # type: ignore[arg-type]
        if self.source_path:
            return str(Path(self.source_path).parent / name)
        folder = getattr(self.settings, "last_folder", "") or str(Path.home())
        return str(Path(folder) / name)

    def choose_and_save(self) -> None:
        """Save…: ask where, then write (asking before replacing a file)."""
        filters = ";;".join(f for k, f in FORMAT_CHOICES if k == self.format)
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Quotes"),
            self.suggested_path(),
            filters,
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if name:
            self.save_to(name)

    def save_to(self, path: str) -> bool:
        """Write the previewed text to ``path``; an existing file is first confirmed with the reader."""
        from reader.export import write_export

        if not self.preview_text:
            return False
        if Path(path).exists() and not Path(path).is_dir():
            self._confirm_replace(path)
            return False
        try:
            write_export(self.preview_text, path, force=False)
        except Exception as exc:  # ExportError (already worded) or anything the disk throws
            self._fail(path, exc)
            return False
        self._done(path)
        return True

    def _confirm_replace(self, path: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace file?"),
            self.tr(
                "{0} already exists in {1}.\nReplace it? The current file will be kept as a .bak copy."
            ).format(Path(path).name, Path(path).parent),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("export_confirm")
        replace_button = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            if box.clickedButton() is replace_button:
                self._replace(path)
            self.confirm_box = None

        box.finished.connect(lambda _r: answered())
        self.confirm_box = box
        box.open()

    def _replace(self, path: str) -> None:
        from reader.export import write_export

        try:
            write_export(self.preview_text, path, force=True)
        except Exception as exc:
            self._fail(path, exc)
            return
        self._done(path)

    def _fail(self, path: str, exc: Exception) -> None:
        self.status.setText(self.tr("Not saved: {0}").format(exc))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Export failed"),
            self.tr("Could not save {0}:\n{1}").format(path, exc),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("export_error")
        box.open()

    def _done(self, path: str) -> None:
        self._save_choices()
        self.status.setText(self.tr("Saved to {0}").format(path))
        self.saved.emit(path)
        self.accept()
