"""The article itself: a QTextBrowser typeset for reading Chinese, addressed by model offsets.

The QTextDocument is built block by block with QTextCursor inserts (never from HTML, so
nothing in a file is ever interpreted as markup). Each model block becomes one text block
holding exactly ``doc.text[block.start:block.end]`` (line breaks inside a block become
U+2028, still one character), so a model offset and a document position differ only by a
per-block shift: both directions are a bisect in a table, never a search of the view.
Qt counts UTF-16 units, Python code points: in the few blocks holding a character beyond
U+FFFF (emoji, rare CJK ideographs) each such character before an offset adds one more.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextList,
    QTextListFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from reader.model import Block, Document

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

HighlightSpan = tuple[int, int, QTextCharFormat, str]
"""(start, end, format, tooltip) in offsets of the shown document."""

LAYER_ORDER: tuple[str, ...] = ("quotes", "people", "user", "search", "search_current")
"""Painting order of highlight layers: later layers are drawn over earlier ones."""

BODY_FONTS: tuple[str, ...] = (
    "Noto Serif CJK SC", "Noto Serif CJK TC", "Source Han Serif SC", "Songti SC", "SimSun",
    "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "serif",
)
"""Body text families, first found wins; Qt falls back per character through the rest."""

HEADING_FONTS: tuple[str, ...] = (
    "Noto Sans CJK SC", "Noto Sans CJK TC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
    "Noto Serif CJK SC", "sans-serif",
)
"""Title, deck and headings use a sans face for contrast with the serif body."""

BODY_POINT_SIZE = 13.0
LINE_HEIGHT_PERCENT = 170.0
MIN_SIDE_MARGIN = 36
"""Pixels kept free on each side of the text when the view is narrower than the measure."""
SELECTION_MARGIN_BLOCKS = 30
"""Blocks above and below the screen whose highlights are handed to Qt ahead of scrolling."""
SCROLL_PADDING = 12
"""Pixels left above a line scrolled to the top, so a heading does not touch the edge."""
FIRST_SLICE_FALLBACK_MS = 50
"""When no paint comes (a hidden view), typesetting in steps goes on after this long."""
BUILD_CHUNK_BLOCKS = 64
"""Blocks typeset between two looks at the clock when an article is built in steps."""
MEASURE_EM = 34
"""Longest line in body characters: about 34 CJK characters reads comfortably."""
PAGE_COLOUR = "#fbfaf6"
INK_COLOUR = "#222222"
MUTED_COLOUR = "#6b6b6b"

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
"""Characters Qt stores as two UTF-16 units (a surrogate pair)."""
_ONE_BLOCK = str.maketrans(
    {"\n": "\u2028", "\r": "\u2028", "\u2029": "\u2028", "\ufdd0": "\ufffd", "\ufdd1": "\ufffd"}
)
"""Characters QTextCursor.insertText turns into a new block or frame, each shown as one that
does not: a model block stays one text block, so offsets stay exact."""


def _font(families: tuple[str, ...], point_size: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    font = QFont()
    font.setFamilies(list(families))
    font.setPointSizeF(point_size)
    font.setWeight(weight)
    return font


def as_written(text: str) -> str:
    """Tooltip text shown as the characters it is: Qt takes a tooltip with a tag in its first
    line for HTML (and shows the picture an ``<img>`` names), and links come from the article."""
    if "<" not in text:
        return text
    import html  # (not before the first paint: most tooltips hold no "<")

    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


class _InertDocument(QTextDocument):
    """A text document that loads nothing: QTextDocument's own loadResource reads any local
    file (and data: URL) an image or style sheet names once the view has said no."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 (Qt override)
        return None


class _AfterPaint(QObject):
    """Starts ``timer`` right after the next paint of ``widget`` has finished."""

    def __init__(self, widget: QWidget, timer: QTimer) -> None:
        super().__init__(timer)
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            timer = self.parent()
            if isinstance(timer, QTimer) and not timer.isActive():
                QTimer.singleShot(0, timer, timer.start)
        return False


class ArticleView(QTextBrowser):
    """Shows one Document and speaks in offsets of that document."""

    selection_offsets_changed = Signal(int, int)
    """The selection as (start, end) model offsets; equal when nothing is selected."""
    visible_offset_changed = Signal(int)
    """The model offset of the first visible block, after every scroll."""
    link_refused = Signal(str)
    """A clicked link that is not http or https (javascript:, file:, relative …): not opened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(_InertDocument(self))
        self.setObjectName("article_view")
        self.setAccessibleName("Article")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.point_size = BODY_POINT_SIZE
        self.body_fonts: tuple[str, ...] = BODY_FONTS
        self.colours: tuple[str, str, str] = (PAGE_COLOUR, INK_COLOUR, MUTED_COLOUR)
        """(page, ink, muted) of the current theme."""
        self._apply_page_style()
        self.anchorClicked.connect(self._open_link)
        self._doc: Document | None = None
        self._blocks: list[Block] = []
        self._starts: list[int] = []
        self._positions: list[int] = []
        self._astral: dict[int, tuple[list[int], list[int]]] = {}
        """Block index → (code point offsets in the block of characters beyond U+FFFF, the
        UTF-16 unit offsets where they start); only blocks that hold any."""
        self._layers: dict[str, list[HighlightSpan]] = {}
        self._layer_starts: dict[str, list[int]] = {}
        self._layer_longest: dict[str, int] = {}
        self._window: tuple[int, int] | None = None
        self._measure_margin = -1
        self._top_hint = 0
        self._builder: tuple[Iterator[None], QTimer] | None = None
        self.selectionChanged.connect(self._emit_selection)
        self.verticalScrollBar().valueChanged.connect(self._emit_visible)
        self.document().setDefaultFont(_font(self.body_fonts, self.point_size))
        self.setPlaceholderText("")

    # -- rendering ----------------------------------------------------------------
    @property
    def shown(self) -> Document | None:
        """The document on screen."""
        return self._doc

    @property
    def blocks(self) -> list[Block]:
        """The model blocks on screen, one text block each, in order."""
        return self._blocks

    def set_document(self, doc: Document) -> None:
        """Lay out ``doc`` from scratch; highlights are cleared (their offsets belong to the old one)."""
        self._stop_building()
        for _ in self._build(doc, attached=False):
            pass

    def set_document_in_steps(self, doc: Document, done: Callable[[], None], slice_ms: int = 20) -> None:
        """Like :meth:`set_document`, in slices of about ``slice_ms`` between which the event
        loop runs: a very large article appears at once (its first screen is built first) and
        the window never freezes while the rest is typeset. ``done`` runs once it is complete;
        :meth:`set_document` (or another call to this) meanwhile abandons the build."""
        self._stop_building()
        builder = self._build(doc, attached=True)
        timer = QTimer(self)
        timer.setInterval(0)
        self._builder = (builder, timer)

        def step() -> None:
            if self._builder is None or self._builder[0] is not builder:
                timer.stop()
                timer.deleteLater()
                return
            deadline = time.perf_counter() + slice_ms / 1000
            try:
                while time.perf_counter() < deadline:
                    next(builder)
            except StopIteration:
                self._builder = None
                timer.stop()
                timer.deleteLater()
                done()

        timer.timeout.connect(step)
        finished = False
        try:
            next(builder)  # the first chunk now (the first screen), the rest in timed slices
        except StopIteration:
            finished = True
        # The view's own cursor sat at the end of the first chunk, where every later chunk is
        # inserted, and would be carried (and the view scrolled) to the end: back to the top.
        self.setTextCursor(QTextCursor(self.document()))
        self.verticalScrollBar().setValue(0)
        if finished:
            step()
            return
        # The slices start once that first screen is painted: queued before the paint, the
        # event loop would run some of them first. A hidden view starts them shortly anyway.
        _AfterPaint(self.viewport(), timer)
        QTimer.singleShot(FIRST_SLICE_FALLBACK_MS, timer, timer.start)

    def building(self) -> bool:
        """True while :meth:`set_document_in_steps` is still typesetting."""
        return self._builder is not None

    def fully_laid_out(self) -> bool:
        """True once the whole document is in the view (not still being built)."""
        return self._doc is not None and self._builder is None

    def _stop_building(self) -> None:
        if self._builder is not None:
            self._builder[1].stop()
            self._builder = None

    def _build(self, doc: Document, attached: bool) -> Iterator[None]:
        """Fill a new QTextDocument with ``doc``, yielding every few blocks.

        Detached (the whole article at once) it is laid out once, when set on the view;
        attached (built in steps) each chunk is laid out as it is appended, at the end of
        the document, so Qt never has to lay out the whole article in one go.
        """
        self._doc = doc
        self._layers.clear()
        self._layer_starts.clear()
        self._layer_longest.clear()
        self._window = None
        self.setExtraSelections([])
        qdoc = _InertDocument(self)
        qdoc.setDefaultFont(_font(self.body_fonts, self.point_size))
        qdoc.setDocumentMargin(24)
        qdoc.setUndoRedoEnabled(False)
        cursor = QTextCursor(qdoc)
        if attached:
            self._top_hint = 0
            self._measure_margin = -1
            self._apply_measure(qdoc)
            self.setDocument(qdoc)
        cursor.beginEditBlock()
        self._blocks = []
        self._starts = []
        self._positions = []
        self._astral = {}
        blocks = list(doc.blocks) or ([Block("paragraph", 0, len(doc.text), doc.text)] if doc.text else [])
        formats: dict[tuple[str, int], tuple[QTextBlockFormat, QTextCharFormat]] = {}
        bullets: QTextList | None = None
        for index, block in enumerate(blocks):
            style = (block.kind, block.level)
            if style not in formats:  # a handful of styles, thousands of blocks
                formats[style] = self._formats(block)
            block_format, char_format = formats[style]
            if index == 0:
                cursor.setBlockFormat(block_format)
                cursor.setBlockCharFormat(char_format)
            else:
                cursor.insertBlock(block_format, char_format)
            self._blocks.append(block)
            self._starts.append(block.start)
            self._positions.append(cursor.position())
            if _ASTRAL.search(block.text):
                astral = [m.start() for m in _ASTRAL.finditer(block.text)]
                self._astral[index] = (astral, [k + n for n, k in enumerate(astral)])
            cursor.insertText(block.text.translate(_ONE_BLOCK), char_format)
            # Consecutive list items share one QTextList: Qt draws the bullets, which are not
            # characters of the document, so offsets stay exactly the model's.
            if block.kind == "list":
                if bullets is None:
                    bullets = cursor.createList(QTextListFormat.Style.ListDisc)
                else:
                    bullets.add(cursor.block())
            else:
                bullets = None
            if index % BUILD_CHUNK_BLOCKS == BUILD_CHUNK_BLOCKS - 1:
                if attached:
                    cursor.endEditBlock()
                yield
                if attached:
                    cursor.beginEditBlock()
        self._apply_inlines(doc, cursor)
        cursor.endEditBlock()
        if not attached:
            self._top_hint = 0
            # The margins first: the view lays the document out as it takes it, and a margin
            # set afterwards would lay it all out again.
            self._measure_margin = -1
            self._apply_measure(qdoc)
            self.setDocument(qdoc)
            self.verticalScrollBar().setValue(0)

    def replace_model(self, doc: Document) -> None:
        """Swap in a model of the same text (e.g. once analysed) without laying it out again."""
        if self._doc is None or doc.text != self._doc.text or len(doc.blocks) != len(self._blocks):
            self.set_document(doc)
            return
        self._doc = doc

    def _formats(self, block: Block) -> tuple[QTextBlockFormat, QTextCharFormat]:
        bf = QTextBlockFormat()
        bf.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cf = QTextCharFormat()
        cf.setForeground(QColor(self.colours[1]))
        em = self.point_size * 1.33
        if block.kind == "title":
            cf.setFont(_font(HEADING_FONTS, self.point_size * 1.9, QFont.Weight.Bold))
            bf.setLineHeight(140.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            bf.setTopMargin(em * 0.6)
            bf.setBottomMargin(em * 0.4)
        elif block.kind == "deck":
            cf.setFont(_font(HEADING_FONTS, self.point_size * 1.15))
            cf.setForeground(QColor(self.colours[2]))
            bf.setBottomMargin(em * 1.4)
        elif block.kind == "heading":
            scale = 1.35 if block.level <= 1 else 1.15
            cf.setFont(_font(HEADING_FONTS, self.point_size * scale, QFont.Weight.Bold))
            bf.setLineHeight(140.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            bf.setTopMargin(em * 1.3)
            bf.setBottomMargin(em * 0.5)
            bf.setHeadingLevel(min(max(block.level, 1) + 1, 6))
        elif block.kind == "meta":
            cf.setFont(_font(HEADING_FONTS, self.point_size * 0.85))
            cf.setForeground(QColor(self.colours[2]))
            bf.setBottomMargin(em * 0.2)
        elif block.kind == "caption":
            cf.setFont(_font(HEADING_FONTS, self.point_size * 0.9))
            cf.setForeground(QColor(self.colours[2]))
            bf.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            bf.setBottomMargin(em * 0.8)
        elif block.kind == "quote":
            cf.setFont(_font(self.body_fonts, self.point_size))
            cf.setForeground(QColor(self.colours[2]))
            bf.setLeftMargin(em * 3)
            bf.setRightMargin(em * 2)
            bf.setTopMargin(em * 0.2)
            bf.setBottomMargin(em * 1.0)
            bf.setBackground(self._tint())
        elif block.kind == "list":
            cf.setFont(_font(self.body_fonts, self.point_size))
            bf.setBottomMargin(em * 0.3)
        elif block.kind == "code":
            font = QFont("monospace")
            font.setStyleHint(QFont.StyleHint.Monospace)
            font.setPointSizeF(self.point_size * 0.85)
            cf.setFont(font)
            bf.setBackground(self._tint())
            bf.setBottomMargin(em * 0.8)
        else:
            cf.setFont(_font(self.body_fonts, self.point_size))
            bf.setTextIndent(em * 2)
            bf.setBottomMargin(em * 0.8)
            bf.setAlignment(Qt.AlignmentFlag.AlignJustify)
        return bf, cf

    def _apply_inlines(self, doc: Document, cursor: QTextCursor) -> None:
        for inline in doc.inlines:
            span = self.cursor_for(inline.start, inline.end, cursor.document())
            fmt = QTextCharFormat()
            if inline.kind == "em":
                fmt.setFontItalic(True)
            elif inline.kind == "strong":
                fmt.setFontWeight(QFont.Weight.Bold)
            elif inline.kind == "code":
                fmt.setFontFamilies(["monospace"])
                fmt.setBackground(self._tint())
            elif inline.kind == "link":
                fmt.setAnchor(True)
                fmt.setAnchorHref(inline.href)
                fmt.setForeground(QColor("#1a5fb4"))
                fmt.setFontUnderline(True)
                fmt.setToolTip(as_written(inline.href))
            span.mergeCharFormat(fmt)

    # -- typography (zoom, font, theme) --------------------------------------------
    def set_typography(
        self,
        point_size: float | None = None,
        body_fonts: tuple[str, ...] | None = None,
        colours: tuple[str, str, str] | None = None,
    ) -> None:
        """Change the body size, body families or (page, ink, muted) colours and lay out again.

        The paragraph at the top, the selection and every highlight layer survive: zooming
        or switching theme must not lose the reader's place.
        """
        if point_size is not None:
            self.point_size = float(point_size)
        if body_fonts is not None:
            self.body_fonts = tuple(body_fonts)
        if colours is not None:
            self.colours = colours
            self._apply_page_style()
        self.document().setDefaultFont(_font(self.body_fonts, self.point_size))
        if self._doc is None:
            return
        top = self.top_offset()
        sel_start, sel_end = self.selection_offsets()
        layers = dict(self._layers)
        self.set_document(self._doc)
        for name, spans in layers.items():
            self.set_highlight_layer(name, spans)
        if sel_end > sel_start:
            self.select_offsets(sel_start, sel_end)
        if top > 0:
            self.scroll_to_offset(top)

    def _apply_page_style(self) -> None:
        page, ink, _muted = self.colours
        self.setStyleSheet(f"QTextBrowser#article_view {{ background: {page}; color: {ink}; }}")

    def _tint(self) -> QColor:
        """A background for code a step away from the page, darker on light pages, lighter on dark."""
        page = QColor(self.colours[0])
        return page.lighter(135) if page.lightness() < 128 else page.darker(106)

    # -- measure ------------------------------------------------------------------
    def measure_width(self) -> int:
        """The widest the text column may be, in pixels."""
        font = _font(self.body_fonts, self.point_size)
        from PySide6.QtGui import QFontMetricsF

        return int(QFontMetricsF(font).horizontalAdvance("中") * MEASURE_EM)

    def _apply_measure(self, qdoc: QTextDocument | None = None) -> None:
        """Side margins that keep lines to :data:`MEASURE_EM` characters in the viewport's width,
        on ``qdoc`` (by default the document shown)."""
        width = self.viewport().width()
        margin = max(MIN_SIDE_MARGIN, (width - self.measure_width()) // 2)
        if margin == self._measure_margin:
            return
        self._measure_margin = margin
        frame = (qdoc if qdoc is not None else self.document()).rootFrame()
        fmt: QTextFrameFormat = frame.frameFormat()
        fmt.setLeftMargin(margin)
        fmt.setRightMargin(margin)
        frame.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        # Asking where we are forces a layout of everything above: only worth it once scrolled
        # (at the top, a 1 MB article would be laid out in full before its first paint).
        scrolled = self._doc is not None and self.verticalScrollBar().value() > 0
        top = self.top_offset() if scrolled else 0
        super().resizeEvent(event)
        before = self._measure_margin
        self._apply_measure()
        if before != self._measure_margin and self._doc is not None and top > 0:
            self.scroll_to_offset(top)
        if self._layers:
            self._refresh_selections()

    # -- offsets <-> positions -----------------------------------------------------
    def _block_index_for_offset(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def position_for(self, offset: int) -> int:
        """The QTextDocument position of model ``offset`` (clamped into the nearest block)."""
        if not self._blocks:
            return 0
        i = self._block_index_for_offset(offset)
        block = self._blocks[i]
        inside = min(max(offset - block.start, 0), block.end - block.start)
        astral = self._astral.get(i)
        if astral is not None:
            inside += bisect_left(astral[0], inside)  # each one before ``inside`` takes two units
        return self._positions[i] + inside

    def offset_at(self, pos: int) -> int:
        """The model offset shown at QTextDocument position ``pos``."""
        if not self._blocks:
            return 0
        i = max(0, bisect_right(self._positions, pos) - 1)
        block = self._blocks[i]
        units = max(pos - self._positions[i], 0)
        astral = self._astral.get(i)
        if astral is not None:
            units -= bisect_left(astral[1], units)  # inside a surrogate pair: its character
        inside = min(units, block.end - block.start)
        return block.start + inside

    def cursor_for(self, start: int, end: int, qdoc: QTextDocument | None = None) -> QTextCursor:
        """A cursor selecting model offsets ``start``..``end``."""
        cursor = QTextCursor(qdoc if qdoc is not None else self.document())
        cursor.setPosition(self.position_for(start))
        cursor.setPosition(self.position_for(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def block_index_at(self, offset: int) -> int:
        """Index (in :attr:`blocks`) of the block holding ``offset``."""
        return self._block_index_for_offset(offset)

    def selection_offsets(self) -> tuple[int, int]:
        """The current selection as model offsets (start, end)."""
        cursor = self.textCursor()
        return self.offset_at(cursor.selectionStart()), self.offset_at(cursor.selectionEnd())

    def select_offsets(self, start: int, end: int) -> None:
        """Select model offsets ``start``..``end`` without scrolling."""
        bar = self.verticalScrollBar()
        value = bar.value()
        self.setTextCursor(self.cursor_for(start, end))
        bar.setValue(value)

    # -- scrolling ----------------------------------------------------------------
    def _line_y(self, offset: int) -> float:
        """Document y of the top of the line holding ``offset``."""
        pos = self.position_for(offset)
        block = self.document().findBlock(pos)
        layout = self.document().documentLayout()
        rect = layout.blockBoundingRect(block)
        line_y = 0.0
        text_layout = block.layout()
        if text_layout is not None and text_layout.lineCount() > 0:
            line = text_layout.lineForTextPosition(pos - block.position())
            if line.isValid():
                line_y = line.y()
        return rect.top() + line_y

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so the line holding ``offset`` is at the top of the view."""
        if self._doc is None:
            return
        bar = self.verticalScrollBar()
        y = self._line_y(offset) - SCROLL_PADDING
        bar.setValue(max(0, min(bar.maximum(), round(y))))

    def ensure_offset_visible(self, start: int, end: int | None = None) -> None:
        """Scroll only if needed so ``start``..``end`` is on screen, leaving some context above."""
        if self._doc is None:
            return
        bar = self.verticalScrollBar()
        top = self._line_y(start)
        bottom = self._line_y(end if end is not None else start) + self.fontMetrics().height() * 2
        height = self.viewport().height()
        if top < bar.value() or bottom > bar.value() + height:
            bar.setValue(max(0, min(bar.maximum(), int(top - height / 3))))

    def top_offset(self) -> int:
        """Model offset of the first block whose text is visible at the top of the view.

        Walks from the block found last time rather than bisecting: asking Qt for the
        rectangle of a block far below the view would force it to lay out everything
        above that block, which for a large article costs more than the whole first paint.
        """
        if not self._blocks:
            return 0
        y = self.verticalScrollBar().value() + 1
        qdoc = self.document()
        layout = qdoc.documentLayout()
        positions = self._positions

        def rect(index: int) -> QRectF:
            return layout.blockBoundingRect(qdoc.findBlock(positions[index]))

        i = min(max(self._top_hint, 0), len(self._blocks) - 1)
        while i > 0 and rect(i).top() > y:
            i -= 1
        while i < len(self._blocks) - 1 and rect(i).bottom() <= y:
            i += 1
        self._top_hint = i
        return self._blocks[i].start

    def top_line_offset(self) -> int:
        """Model offset of the first character of the first line visible at the top."""
        start = self.top_offset()
        if not self._blocks:
            return start
        index = self._top_hint
        qdoc = self.document()
        block = qdoc.findBlock(self._positions[index])
        rect = qdoc.documentLayout().blockBoundingRect(block)
        y = self.verticalScrollBar().value() + 1 - rect.top()
        layout = block.layout()
        if layout is None or y <= 0:
            return start
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            if line.y() + line.height() > y:
                return self.offset_at(self._positions[index] + line.textStart())
        return start

    # -- highlights ---------------------------------------------------------------
    def set_highlight_layer(self, name: str, spans: list[HighlightSpan]) -> None:
        """Replace one layer of highlights; other layers stay. Tooltips show on hover.

        Only the spans near the screen become extra selections (see
        :meth:`_refresh_selections`); the layer itself keeps every span.
        """
        self._layers[name] = sorted(spans, key=lambda span: (span[0], span[1]))
        self._layer_starts[name] = [span[0] for span in self._layers[name]]
        self._layer_longest[name] = max((span[1] - span[0] for span in spans), default=0)
        if not spans:
            del self._layers[name]
            del self._layer_starts[name]
            del self._layer_longest[name]
        self._refresh_selections(force=True)

    def _visible_blocks(self) -> tuple[int, int]:
        """Indices of the first and last block on screen (walking from the top block)."""
        self.top_offset()
        first = self._top_hint
        qdoc = self.document()
        layout = qdoc.documentLayout()
        bottom = self.verticalScrollBar().value() + self.viewport().height()
        last = first
        while last < len(self._blocks) - 1:
            rect = layout.blockBoundingRect(qdoc.findBlock(self._positions[last + 1]))
            if rect.top() > bottom:
                break
            last += 1
        return first, last

    def _selections_between(self, start: int, end: int) -> list[QTextEdit.ExtraSelection]:
        ordered = [n for n in LAYER_ORDER if n in self._layers]
        ordered += [n for n in self._layers if n not in LAYER_ORDER]
        combined: list[QTextEdit.ExtraSelection] = []
        # Inside an edit block a cursor does not ask for its line's x position, which would
        # lay out every block it lands in.
        guard = QTextCursor(self.document())
        guard.beginEditBlock()
        try:
            for name in ordered:
                spans = self._layers[name]
                starts = self._layer_starts[name]
                lo = bisect_left(starts, start - self._layer_longest[name])
                hi = bisect_left(starts, end)
                for span_start, span_end, fmt, _tip in spans[lo:hi]:
                    if span_end <= start:
                        continue
                    selection = QTextEdit.ExtraSelection()
                    cursor = self.cursor_for(max(span_start, start), min(span_end, end))
                    selection.cursor = cursor
                    selection.format = fmt
                    combined.append(selection)
        finally:
            guard.endEditBlock()
        return combined

    def _refresh_selections(self, force: bool = False) -> None:
        """Give Qt the highlights of the blocks on screen and a margin around them.

        Qt lays out every block an extra selection touches as soon as it is set: with all
        7,500 hits of a word in 1 MB that took 0.7 s per keystroke. Near the screen it costs
        what is visible; scrolling past the margin rebuilds the window.
        """
        if not self._layers or not self._blocks:
            self._window = None
            if self.extraSelections():
                self.setExtraSelections([])
            return
        first, last = self._visible_blocks()
        window = self._window
        if not force and window is not None and window[0] <= first and last <= window[1]:
            return
        lo = max(0, first - SELECTION_MARGIN_BLOCKS)
        hi = min(len(self._blocks) - 1, last + SELECTION_MARGIN_BLOCKS)
        self._window = (lo, hi)
        start = 0 if lo == 0 else self._blocks[lo].start
        end = len(self._doc.text) if (hi == len(self._blocks) - 1 and self._doc) else self._blocks[hi].end
        self.setExtraSelections(self._selections_between(start, end))

    def all_highlight_selections(self) -> list[QTextEdit.ExtraSelection]:
        """Every highlight of every layer as extra selections (printing, export of the view)."""
        if not self._layers or self._doc is None:
            return []
        return self._selections_between(0, len(self._doc.text))

    def highlight_layer(self, name: str) -> list[HighlightSpan]:
        """The spans currently in layer ``name``."""
        return list(self._layers.get(name, []))

    def tooltips_at(self, offset: int) -> list[str]:
        """Tooltips of every highlight covering ``offset``, top layer first."""
        tips: list[str] = []
        for layer in reversed([n for n in LAYER_ORDER if n in self._layers]):
            for start, end, _fmt, tip in self._layers[layer]:
                if tip and start <= offset < end and tip not in tips:
                    tips.append(tip)
        return tips

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._doc is not None:
            return self._tooltip(event) or super().event(event)
        return super().event(event)

    def _tooltip(self, event: QEvent) -> bool:
        """Show the highlights' notes under the pointer; False when there are none."""
        from PySide6.QtGui import QHelpEvent  # (tooltips' classes: not before the first paint)
        from PySide6.QtWidgets import QToolTip

        if isinstance(event, QHelpEvent):
            point = self.viewport().mapFromGlobal(event.globalPos())
            cursor = self.cursorForPosition(point)
            tips = self.tooltips_at(self.offset_at(cursor.position()))
            if tips:
                area = QRect(point, point + QPoint(1, 1))
                QToolTip.showText(event.globalPos(), as_written("\n".join(tips)), self, area)
                return True
        return False

    # -- links and resources ---------------------------------------------------------
    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 (Qt override)
        """Documents never make the view fetch anything (images, style sheets, files)."""
        return None

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in ("http", "https"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)
        else:
            self.link_refused.emit(url.toString())

    # -- signals ------------------------------------------------------------------
    def _emit_selection(self) -> None:
        start, end = self.selection_offsets()
        self.selection_offsets_changed.emit(start, end)

    def _emit_visible(self, _value: int) -> None:
        self._refresh_selections()
        self.visible_offset_changed.emit(self.top_offset())


__all__ = ["LAYER_ORDER", "ArticleView", "HighlightSpan"]
