"""The immutable document model every view, the command line and exports share.

Every entity carries ``start``/``end`` offsets into :attr:`Document.text` and its own
``text``; :class:`Document` checks on construction that ``text[start:end] == entity.text``
for all of them, so a bug in a parser or a converter fails loudly where it happens instead
of showing a highlight one character off in the window.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["title", "deck", "heading", "paragraph", "meta", "caption", "quote", "list", "code"]
InlineKind = Literal["em", "strong", "link", "code"]
QuoteKind = Literal["direct", "indirect", "term"]
MentionKind = Literal["name", "surname_title", "pronoun", "byline", "short_name"]


class ModelError(ValueError):
    """An entity whose offsets do not match the text: always a bug in whoever built it."""


def _check_span(start: int, end: int, what: str) -> None:
    if start < 0 or end < start:
        raise ModelError(f"{what}: bad span {start}..{end}")


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the document text, used wherever only the position matters."""

    start: int
    """Offset of the first character in :attr:`Document.text`."""
    end: int
    """Offset one past the last character."""
    text: str
    """Exactly ``Document.text[start:end]``."""

    def __post_init__(self) -> None:
        _check_span(self.start, self.end, "span")
        if len(self.text) != self.end - self.start:
            raise ModelError(f"span {self.start}..{self.end} holds {len(self.text)} characters")


@dataclass(frozen=True, slots=True)
class Inline:
    """Emphasis, a link or code inside a block, kept from Markdown so the view can show it."""

    kind: InlineKind
    """What the markup meant."""
    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""
    text: str
    """Exactly ``Document.text[start:end]``."""
    href: str = ""
    """The target of a link; empty otherwise."""


@dataclass(frozen=True, slots=True)
class Block:
    """One line-level unit of the article: the unit the view lays out and search reports."""

    kind: BlockKind
    """Title, deck (subtitle), heading, paragraph, meta (credits), caption, quote, list, code."""
    start: int
    """Offset of the first character (indentation excluded)."""
    end: int
    """Offset one past the last character (trailing blanks excluded)."""
    text: str
    """Exactly ``Document.text[start:end]``."""
    level: int = 0
    """Heading level for headings (1 is the top section level); 0 otherwise."""


@dataclass(frozen=True, slots=True)
class Section:
    """A section of the article, from its heading to the next heading of the same level."""

    title: str
    """The heading text as written; exactly ``Document.text[start:end]``."""
    start: int
    """Offset of the heading's first character."""
    end: int
    """Offset one past the heading's last character."""
    body_end: int
    """Offset where the section's content ends (the next heading or the end of the text)."""
    level: int = 1
    """Nesting level, 1 for top-level sections."""

    @property
    def text(self) -> str:
        """The heading text, so sections obey the same invariant as other entities."""
        return self.title


@dataclass(frozen=True, slots=True)
class Credit:
    """A credit or dateline field found in the text (來源, 責編, 記者, a date …)."""

    key: str
    """One of ``source``, ``editor``, ``author``, ``date``, ``place``."""
    value: str
    """The value as written; exactly ``Document.text[start:end]``."""
    start: int
    """Offset of the value's first character."""
    end: int
    """Offset one past the value's last character."""

    @property
    def text(self) -> str:
        """The value, so credits obey the same invariant as other entities."""
        return self.value


@dataclass(frozen=True, slots=True)
class Meta:
    """The article's credits, the first value found for each key."""

    source: str | None = None
    """Publication the article comes from (來源)."""
    editor: str | None = None
    """Responsible editor (責編)."""
    author: str | None = None
    """Reporter or author (記者, 作者, a dateline's byline)."""
    date: str | None = None
    """Publication date as written."""
    place: str | None = None
    """Dateline place (新华社北京…电 → 北京)."""
    credits: tuple[Credit, ...] = ()
    """Every credit found, with offsets, in reading order."""

    def as_dict(self) -> dict[str, str | None]:
        """The five public fields, as the command line prints them."""
        return {
            "source": self.source,
            "editor": self.editor,
            "author": self.author,
            "date": self.date,
            "place": self.place,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where a person is named or referred to."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""
    text: str
    """Exactly ``Document.text[start:end]``."""
    kind: MentionKind = "name"
    """Full name, surname + title (孟局長), pronoun (他/她), byline, or short name (林鄭)."""


@dataclass(frozen=True, slots=True)
class Role:
    """A role or title the text gives a person, kept exactly as written."""

    text: str
    """The role text; exactly ``Document.text[start:end]``."""
    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""


@dataclass(frozen=True, slots=True)
class Person:
    """A person named in the article, with every role and mention the text gives them."""

    name: str
    """The fullest form of the name, used as the person's key."""
    roles: tuple[Role, ...] = ()
    """Roles in order of first appearance, without duplicates by text."""
    mentions: tuple[Mention, ...] = ()
    """Every mention in reading order; the first is the first mention."""

    @property
    def first_mention(self) -> Mention | None:
        """Where the reader first meets this person."""
        return self.mentions[0] if self.mentions else None

    @property
    def role_texts(self) -> tuple[str, ...]:
        """The roles as plain strings."""
        return tuple(r.text for r in self.roles)


@dataclass(frozen=True, slots=True)
class Quote:
    """Speech or a quoted term, attributed where the text says who spoke."""

    text: str
    """The quoted words without their quote marks; exactly ``Document.text[start:end]``."""
    kind: QuoteKind
    """``direct`` speech in quote marks, ``indirect`` reported speech, or a quoted ``term``."""
    start: int
    """Offset of the first quoted character."""
    end: int
    """Offset one past the last quoted character."""
    speaker: str | None = None
    """The :attr:`Person.name` of the speaker, or None when unknown or a group."""
    cue_start: int = -1
    """Start of the words that attribute it (…說, X表示), or -1."""
    cue_end: int = -1
    """End of the attribution words, or -1."""


@dataclass(frozen=True, slots=True)
class Highlight:
    """A passage the reader marked, anchored by offsets and by its text with some context."""

    id: str
    """Stable identifier, unique within a document's store."""
    start: int
    """Offset of the first character in the current text."""
    end: int
    """Offset one past the last character."""
    text: str
    """Exactly ``Document.text[start:end]`` when attached."""
    color: str = "#ffe066"
    """The colour the reader chose, as ``#rrggbb``."""
    note: str = ""
    """The reader's note, possibly empty."""
    prefix: str = ""
    """Up to a few characters before the passage, to re-attach it if the file changes."""
    suffix: str = ""
    """Up to a few characters after the passage."""
    created: str = ""
    """ISO time of creation."""


@dataclass(frozen=True, slots=True)
class Document:
    """One article, parsed and analysed: the single source of truth for every view."""

    text: str
    """The whole text as loaded (line ends normalised), or Markdown's rendered text."""
    title: Block | None = None
    """The title block, if the article has one."""
    subtitle: Block | None = None
    """The deck (the ``——`` line), if any."""
    blocks: tuple[Block, ...] = ()
    """Every block in reading order, title and deck included."""
    sections: tuple[Section, ...] = ()
    """Sections in reading order."""
    meta: Meta = field(default_factory=Meta)
    """Credits and dateline."""
    people: tuple[Person, ...] = ()
    """People in order of first appearance."""
    quotes: tuple[Quote, ...] = ()
    """Quotes in reading order."""
    inlines: tuple[Inline, ...] = ()
    """Inline markup (Markdown emphasis, links, code) in reading order."""
    source_format: Literal["text", "markdown"] = "text"
    """What the article was written in."""
    encoding: str = "utf-8"
    """The encoding the bytes were decoded with."""

    def __post_init__(self) -> None:
        for kind, entity in self.entities():
            start = entity.start
            end = entity.end
            _check_span(start, end, kind)
            if end > len(self.text) or self.text[start:end] != entity.text:
                raise ModelError(
                    f"{kind} {start}..{end} does not match the text: "
                    f"{entity.text[:20]!r} != {self.text[start:end][:20]!r}"
                )
        for person in self.people:
            for mention in person.mentions:
                if self.text[mention.start : mention.end] != mention.text:
                    raise ModelError(f"mention of {person.name} at {mention.start} does not match")
            for role in person.roles:
                if self.text[role.start : role.end] != role.text:
                    raise ModelError(f"role of {person.name} at {role.start} does not match")
        for section in self.sections:
            if not section.end <= section.body_end <= len(self.text):
                raise ModelError(f"section {section.title!r} ends outside the text")

    def entities(
        self,
    ) -> Iterator[tuple[str, Block | Section | Credit | Mention | Role | Quote | Inline]]:
        """Every entity with offsets, named by kind: what the invariant tests walk."""
        for block in self.blocks:
            yield "block", block
        for section in self.sections:
            yield "section", section
        for credit in self.meta.credits:
            yield "credit", credit
        for person in self.people:
            for mention in person.mentions:
                yield "mention", mention
            for role in person.roles:
                yield "role", role
        for quote in self.quotes:
            yield "quote", quote
        for inline in self.inlines:
            yield "inline", inline

    def person(self, name: str | None) -> Person | None:
        """The person with this name, if any: how quotes reach their speaker."""
        if name is None:
            return None
        for person in self.people:
            if person.name == name:
                return person
        return None

    def section_at(self, offset: int) -> Section | None:
        """The innermost section containing ``offset``; None before the first heading."""
        found: Section | None = None
        for section in self.sections:
            if section.start <= offset < max(section.body_end, section.end):
                found = section
            elif section.start > offset:
                break
        return found

    def paragraphs(self) -> tuple[Block, ...]:
        """Body paragraphs only (no title, headings or credits)."""
        return tuple(b for b in self.blocks if b.kind in ("paragraph", "quote", "list"))
