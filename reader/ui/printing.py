"""File ▸ Print and File ▸ Save as PDF: the article as shown, in its script, with its highlights.

The article view paints highlights as *extra selections*, which live in the view, not in its
QTextDocument, so printing the document alone would drop them. We print a clone of the shown
document with every extra selection merged into the clone's character formats: positions are
the same in both, and the window's own document is never touched. The page is always dark
text on white, whatever the screen theme.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QTextEdit, QWidget

from reader.atomic import write_bytes
from reader.ui.article_view import LAYER_ORDER, ArticleView

PAGE_MARGINS_MM = QMarginsF(20, 18, 20, 18)
"""Generous margins: CJK text reads better with white space around the measure."""
PRINT_TEXT_COLOR = "#111111"
TRANSIENT_LAYERS = frozenset({"search", "search_current"})
"""Highlight layers left off the page: where the last search landed is not part of the article."""


def printable_document(view: QTextEdit) -> QTextDocument:
    """A copy of the view's document with its highlights baked in, ready for a paged device."""
    clone = view.document().clone(view)
    clone.setDocumentMargin(0)
    _force_print_colors(clone)
    for start, end, char_format in _printed_highlights(view):
        if end <= start:
            continue
        mirror = QTextCursor(clone)
        mirror.setPosition(start)
        mirror.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat(char_format)
        if fmt.hasProperty(QTextCharFormat.Property.FullWidthSelection):
            fmt.clearProperty(QTextCharFormat.Property.FullWidthSelection)
        mirror.mergeCharFormat(fmt)
    return clone


def _printed_highlights(view: QTextEdit) -> list[tuple[int, int, QTextCharFormat]]:
    """(start, end, format) in document positions of every highlight worth putting on paper.

    From the article view: every layer except the search marks, which belong to the moment,
    not to the article (and the view only hands Qt the highlights near the screen, so the
    layers are read whole). From any other text view: its extra selections.
    """
    if isinstance(view, ArticleView):
        found = []
        for name in LAYER_ORDER:
            if name in TRANSIENT_LAYERS:
                continue
            for start, end, fmt, _tip in view.highlight_layer(name):
                cursor = view.cursor_for(start, end)
                found.append((cursor.selectionStart(), cursor.selectionEnd(), fmt))
        return found
    return [
        (s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format)
        for s in view.extraSelections()
    ]


def _force_print_colors(doc: QTextDocument) -> None:
    """Dark text on white paper: drop a dark theme's colours, keep highlight backgrounds."""
    root = doc.rootFrame()
    frame_format = root.frameFormat()
    frame_format.setBackground(QBrush(QColor("white")))
    root.setFrameFormat(frame_format)
    cursor = QTextCursor(doc)
    cursor.select(cursor.SelectionType.Document)
    ink = QTextCharFormat()
    ink.setForeground(QColor(PRINT_TEXT_COLOR))
    cursor.mergeCharFormat(ink)


def _page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, PAGE_MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def pdf_bytes(view: QTextEdit, title: str = "") -> bytes:
    """The article as a PDF file's bytes (A4, 300 dpi)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(_page_layout())
    writer.setTitle(title)
    writer.setCreator("Reader")
    printable_document(view).print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    data: QByteArray = buffer.data()
    return bytes(data.data())


def save_pdf(view: QTextEdit, path: str | Path, title: str = "") -> Path | None:
    """Write the article as PDF to ``path`` atomically; returns the backup of a replaced file."""
    return write_bytes(path, pdf_bytes(view, title))


def print_to(view: QTextEdit, printer: QPrinter) -> None:
    """Print the article on ``printer`` as configured (used by the dialog and by tests)."""
    printable_document(view).print_(printer)


def print_with_dialog(view: QTextEdit, parent: QWidget | None = None) -> bool:
    """Ask for a printer and print; False when the reader cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageMargins(PAGE_MARGINS_MM, QPageLayout.Unit.Millimeter)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print Article"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_to(view, printer)
    return True
