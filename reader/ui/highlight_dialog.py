"""The small dialog that asks for a highlight's colour and note (new or edited).

Opened with :meth:`QDialog.open` (not ``exec``) so the window keeps running and tests can
click in it like a person; the caller reads :meth:`color`/:meth:`note` when it is accepted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.ui import colors
from reader.ui.article_view import as_written

PASSAGE_PREVIEW = 80
"""Characters of the passage shown at the top of the dialog."""


def swatch_icon(color: str, size: int = 16) -> QIcon:
    """A filled square of ``color``."""
    pix = QPixmap(size, size)
    pix.fill(QColor(color))
    return QIcon(pix)


class HighlightDialog(QDialog):
    """Colour swatches, an optional note and, when editing, a Remove button."""

    def __init__(
        self,
        passage: str,
        parent: QWidget | None = None,
        *,
        color: str = colors.DEFAULT_HIGHLIGHT,
        note: str = "",
        editing: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("highlight_dialog")
        self.setWindowTitle(self.tr("Edit Highlight") if editing else self.tr("Highlight"))
        self.removed = False
        """True when the reader pressed Remove (the dialog is then accepted)."""
        self._custom = ""

        layout = QVBoxLayout(self)
        flat = " ".join(passage.split())
        shown = flat if len(flat) <= PASSAGE_PREVIEW else flat[: PASSAGE_PREVIEW - 1] + "…"
        self.passage_label = QLabel(f"“{shown}”", self)
        self.passage_label.setObjectName("highlight_passage")
        self.passage_label.setTextFormat(Qt.TextFormat.PlainText)  # the article's words, never HTML
        self.passage_label.setWordWrap(True)
        self.passage_label.setToolTip(as_written(passage))
        layout.addWidget(self.passage_label)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Colour:"), self))
        self.color_group = QButtonGroup(self)
        self.color_group.setExclusive(True)
        self.color_buttons: dict[str, QToolButton] = {}
        for name, value in colors.HIGHLIGHT_COLORS:
            button = QToolButton(self)
            button.setObjectName(f"highlight_color_{name.lower()}")
            button.setCheckable(True)
            button.setIcon(swatch_icon(value))
            button.setToolTip(colors.color_label(name))
            button.setAccessibleName(colors.color_label(name))
            button.setProperty("color", value)
            self.color_group.addButton(button)
            self.color_buttons[value] = button
            row.addWidget(button)
        self.other_button = QToolButton(self)
        self.other_button.setObjectName("highlight_color_other")
        self.other_button.setText(self.tr("Other…"))
        self.other_button.setCheckable(True)
        self.other_button.clicked.connect(self._pick_other)
        self.color_group.addButton(self.other_button)
        row.addWidget(self.other_button)
        row.addStretch(1)
        layout.addLayout(row)
        self._select_color(color)

        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("highlight_note")
        self.note_edit.setPlaceholderText(self.tr("Note (optional)"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.other_button.setAccessibleName(self.tr("Other colour"))
        self.note_edit.setPlainText(note)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        layout.addWidget(self.note_edit)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.remove_button: QPushButton | None = None
        if editing:
            self.remove_button = self.buttons.addButton(
                self.tr("Remove"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.remove_button.setObjectName("highlight_remove")
            self.remove_button.clicked.connect(self._remove)
        layout.addWidget(self.buttons)
        self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _select_color(self, color: str) -> None:
        button = self.color_buttons.get(color.lower())
        if button is None:
            self._custom = color.lower()
            self.other_button.setIcon(swatch_icon(self._custom))
            self.other_button.setChecked(True)
        else:
            button.setChecked(True)

    def _pick_other(self) -> None:
        chosen = QColorDialog.getColor(
            QColor(self._custom or colors.DEFAULT_HIGHLIGHT), self, self.tr("Highlight colour")
        )
        if chosen.isValid():
            self._custom = chosen.name()
            self.other_button.setIcon(swatch_icon(self._custom))
            self.other_button.setChecked(True)
        elif not self._custom:
            self._select_color(colors.DEFAULT_HIGHLIGHT)

    def _remove(self) -> None:
        self.removed = True
        self.accept()

    def color(self) -> str:
        """The chosen colour as ``#rrggbb``."""
        checked = self.color_group.checkedButton()
        if checked is self.other_button and self._custom:
            return self._custom
        if checked is not None and checked.property("color"):
            return str(checked.property("color"))
        return colors.DEFAULT_HIGHLIGHT

    def note(self) -> str:
        """The note, trimmed."""
        return self.note_edit.toPlainText().strip()
