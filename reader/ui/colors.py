"""Colours and text formats for the article's annotation layers, chosen in one place.

Speech gets a pastel background per speaker so a reader can follow one voice down the page;
terms get only a dotted underline because they are words, not someone speaking. Text on a
coloured background is forced dark so it stays readable under a dark palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat

from reader.model import Document, Person

SPEAKER_PALETTE: tuple[str, ...] = (
    "#ffd8a8",
    "#b2f2bb",
    "#a5d8ff",
    "#eebefa",
    "#ffec99",
    "#99e9f2",
    "#fcc2d7",
    "#d0bfff",
    "#c0eb75",
    "#ffc9c9",
)
"""Backgrounds for speech, one per speaker in order of first appearance (cycled)."""

UNATTRIBUTED_SPEECH = "#e9ecef"
"""Speech whose speaker is unknown or a group."""

TERM_UNDERLINE = "#868e96"
"""Quoted terms: a dotted grey underline, no background."""

MENTION_UNDERLINE = "#adb5bd"
"""Every mention of a person: a faint underline that carries the roles tooltip."""

SELECTED_PERSON = "#74c0fc"
"""Mentions of the person chosen in the people dock."""

HIGHLIGHT_COLORS: tuple[tuple[str, str], ...] = (
    ("Yellow", "#ffe066"),
    ("Green", "#8ce99a"),
    ("Blue", "#74c0fc"),
    ("Pink", "#faa2c1"),
    ("Orange", "#ffc078"),
    ("Purple", "#d0bfff"),
)
"""The reader's own highlight colours, named for the dialog; the first is the default."""

DEFAULT_HIGHLIGHT = HIGHLIGHT_COLORS[0][1]
_DARK_TEXT = "#1a1a1a"


def color_label(name: str) -> str:
    """A highlight colour's name (from :data:`HIGHLIGHT_COLORS`) in the interface language."""
    from PySide6.QtCore import QCoreApplication

    labels = {
        "Yellow": QCoreApplication.translate("Colors", "Yellow"),
        "Green": QCoreApplication.translate("Colors", "Green"),
        "Blue": QCoreApplication.translate("Colors", "Blue"),
        "Pink": QCoreApplication.translate("Colors", "Pink"),
        "Orange": QCoreApplication.translate("Colors", "Orange"),
        "Purple": QCoreApplication.translate("Colors", "Purple"),
    }
    return labels.get(name, name)


def color_name(color: str) -> str:
    """The dialog's name for a highlight colour, or the colour itself when it is custom."""
    for name, value in HIGHLIGHT_COLORS:
        if value.lower() == color.lower():
            return name
    return color


def speaker_colors(doc: Document) -> dict[str, str]:
    """Each person's speech colour, by their place in ``doc.people``.

    Keyed by position rather than by name hash so the colours stay the same when the
    document is converted to another script (the names change, the order does not).
    """
    return {p.name: SPEAKER_PALETTE[i % len(SPEAKER_PALETTE)] for i, p in enumerate(doc.people)}


def background_format(color: str) -> QTextCharFormat:
    """A background with dark text, for speech, selected mentions and the reader's highlights."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(color))
    fmt.setForeground(QColor(_DARK_TEXT))
    return fmt


def term_format() -> QTextCharFormat:
    """Quoted terms: subtler than speech, an underline only."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setUnderlineColor(QColor(TERM_UNDERLINE))
    return fmt


def mention_format() -> QTextCharFormat:
    """A faint underline on every name, so the hover tooltip has something to sit on."""
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    fmt.setUnderlineColor(QColor(MENTION_UNDERLINE))
    return fmt


def person_label(person: Person | None, name: str | None = None) -> str:
    """``康天琦 · 舞陽縣住建局黨組書記、局長``: the name and every role, for tooltips."""
    if person is None:
        return name or ""
    roles = "；".join(person.role_texts)
    return f"{person.name} · {roles}" if roles else person.name
