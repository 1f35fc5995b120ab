"""The find bar under the article: type to search, Enter to move, Esc to close.

It only gathers the query and shows the outcome; the window runs the search (on the
document on screen) and tells the bar the count and the current hit.
"""

from __future__ import annotations

from itertools import pairwise

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

DEBOUNCE_MS = 150
"""Typing pauses this long before a search runs, so fast typists are not slowed down."""


class FindBar(QWidget):
    """Query field with history, options, a ``3 / 17`` count, previous/next and close."""

    query_changed = Signal(str)
    """The (debounced) query, or "" when cleared; also emitted when an option changes."""
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)

        self.combo = QComboBox(self)
        self.combo.setObjectName("find_combo")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # No inline completion: 重 must search for 重, not for 重庆 from the history.
        self.combo.setCompleter(None)  # type: ignore[arg-type]
        self.combo.setMinimumContentsLength(24)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        field = self.combo.lineEdit()
        assert field is not None  # an editable combo always has one
        self.field: QLineEdit = field
        self.field.setObjectName("find_field")
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)

        self.regex_box = QCheckBox(self)
        self.regex_box.setObjectName("find_regex")
        self.exact_box = QCheckBox(self)
        self.exact_box.setObjectName("find_exact")

        self.count_label = QLabel("", self)
        self.count_label.setObjectName("find_count")
        self.count_label.setMinimumWidth(90)
        self.notice_label = QLabel("", self)
        self.notice_label.setObjectName("find_notice")
        self.notice_label.setStyleSheet("color: #8a5a00;")

        self.prev_button = QToolButton(self)
        self.prev_button.setObjectName("find_previous_button")
        self.prev_button.setText("↑")
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("find_next_button")
        self.next_button.setText("↓")
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("find_close_button")
        self.close_button.setText("✕")

        self.find_label = QLabel(self)
        layout.addWidget(self.find_label)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.prev_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.regex_box)
        layout.addWidget(self.exact_box)
        layout.addWidget(self.notice_label)
        layout.addStretch(0)
        layout.addWidget(self.close_button)
        stops = (self.combo, self.prev_button, self.next_button, self.regex_box, self.exact_box,
                 self.close_button)
        for first, second in pairwise(stops):  # Tab goes left to right, as the bar reads
            QWidget.setTabOrder(first, second)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.emit_query)
        self.field.textEdited.connect(self._schedule)
        self.combo.activated.connect(self._history_chosen)
        self.regex_box.toggled.connect(lambda _on: self.emit_query())
        self.exact_box.toggled.connect(lambda _on: self.emit_query())
        self.prev_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.close_button.clicked.connect(self.close_bar)
        self._last_emitted: tuple[str, bool, bool] | None = None
        self._result: tuple[int, int, str] = (0, 0, "")
        self._notice = ""
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the bar in the current language (also on a live language switch)."""
        self.find_label.setText(self.tr("Find:"))
        self.combo.setToolTip(self.tr("Search (Enter: next, Shift+Enter: previous, Esc: close)"))
        self.field.setPlaceholderText(self.tr("Find — 重庆 also finds 重慶"))
        self.field.setAccessibleName(self.tr("Find in article"))
        self.combo.setAccessibleName(self.tr("Find in article"))
        self.combo.setAccessibleDescription(self.tr("Earlier searches are in the list"))
        self.regex_box.setAccessibleName(self.tr("Regular expression"))
        self.exact_box.setAccessibleName(self.tr("Exact characters"))
        self.prev_button.setAccessibleName(self.tr("Previous match"))
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))
        self.regex_box.setText(self.tr("Regex"))
        self.regex_box.setToolTip(self.tr("The query is a regular expression"))
        self.exact_box.setText(self.tr("Exact"))
        self.exact_box.setToolTip(self.tr("Match exact characters: no script, width or case folding"))
        self.count_label.setAccessibleName(self.tr("Matches"))
        self.prev_button.setToolTip(self.tr("Previous match (Shift+Enter, Shift+F3)"))
        self.next_button.setToolTip(self.tr("Next match (Enter, F3)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.show_result(*self._result)
        self.show_notice(self._notice)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state ------------------------------------------------------------------
    @property
    def query(self) -> str:
        return self.field.text()

    @property
    def regex(self) -> bool:
        return self.regex_box.isChecked()

    @property
    def exact(self) -> bool:
        return self.exact_box.isChecked()

    def pending(self) -> bool:
        """True while a typed query waits for its debounce."""
        return self._timer.isActive()

    def set_history(self, history: list[str]) -> None:
        """Offer past queries in the drop-down without touching what is typed."""
        text = self.field.text()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(history)
        self.combo.setCurrentIndex(-1)
        self.combo.setEditText(text)
        self.combo.blockSignals(False)

    def history(self) -> list[str]:
        return [self.combo.itemText(i) for i in range(self.combo.count())]

    def show_result(self, current: int, total: int, error: str = "") -> None:
        """Show ``current / total`` (1-based), "no matches", or the error of a bad pattern."""
        self._result = (current, total, error)
        if error:
            self.count_label.setText(error)
            self.count_label.setStyleSheet("color: #b00020;")
        elif not self.query:
            self.count_label.setText("")
            self.count_label.setStyleSheet("")
        elif total == 0:
            self.count_label.setText(self.tr("no matches"))
            self.count_label.setStyleSheet("color: #b00020;")
        else:
            self.count_label.setText(f"{current} / {total}")
            self.count_label.setStyleSheet("")

    def show_notice(self, notice: str) -> None:
        """A passing note: ``"top"`` / ``"bottom"`` after wrapping, "" to clear."""
        self._notice = notice
        texts = {"top": self.tr("Wrapped to the top"), "bottom": self.tr("Wrapped to the bottom")}
        self.notice_label.setText(texts.get(notice, notice))

    # -- behaviour --------------------------------------------------------------
    def open_bar(self) -> None:
        """Show, focus and select the query so typing replaces it."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self._timer.stop()
        self.hide()
        self.closed.emit()

    def _history_chosen(self, _index: int) -> None:
        # An editable combo also "activates" when it merely loses focus (even while the window
        # is being destroyed): only a new query, from a live field, counts.
        if not shiboken6.isValid(self.field):
            return
        if self._last_emitted != (self.query, self.regex, self.exact):
            self.emit_query()

    def _schedule(self, _text: str) -> None:
        self._timer.start()

    def emit_query(self) -> None:
        """Run the search now (also what the debounce timer calls)."""
        self._timer.stop()
        self.show_notice("")
        self._last_emitted = (self.query, self.regex, self.exact)
        self.query_changed.emit(self.query)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive() or self._last_emitted != (self.query, self.regex, self.exact):
                    self.emit_query()
                    if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                        self.previous_requested.emit()
                    return True
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.previous_requested.emit()
                else:
                    self.next_requested.emit()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
