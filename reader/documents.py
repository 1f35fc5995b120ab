"""Opening an article: file → load → parse → (analyse) → Document, the one way in."""

from __future__ import annotations

from pathlib import Path

from reader.loading import LoadedText, load_path
from reader.model import Document

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})


def is_markdown(path: str | Path) -> bool:
    """Markdown is chosen by the file's suffix, as editors do."""
    return Path(path).suffix.lower() in MARKDOWN_SUFFIXES


def parse_loaded(loaded: LoadedText, markdown: bool = False) -> Document:
    """Parse decoded text without analysis: what the window needs for its first paint."""
    if markdown:
        from reader.markdown_parsing import parse_markdown

        return parse_markdown(loaded.text, encoding=loaded.encoding)
    from reader.parsing import parse_text

    return parse_text(loaded.text, encoding=loaded.encoding)


def parse_path(path: str | Path) -> Document:
    """Load and parse a file (no people or quotes yet)."""
    return parse_loaded(load_path(path), markdown=is_markdown(path))


def open_document(path: str | Path) -> Document:
    """Load, parse and analyse a file: the whole pipeline."""
    from reader.analysis import analyse  # the rules are imported only when needed (not before a first paint)

    return analyse(parse_path(path))


def seed_path() -> Path:
    """The seed article shipped with Reader: inside the package (installed), or beside the checkout.

    The package's own copy comes first so an installed Reader never picks up some other
    project's ``seeds`` folder lying in site-packages.
    """
    here = Path(__file__).resolve().parent
    candidates = [here / "seeds", here.parent / "seeds"]
    for folder in candidates:
        if folder.is_dir():
            found = sorted(folder.glob("*.txt"))
            if found:
                return found[0]
    raise FileNotFoundError("the seed article is missing from this installation")


def readable_characters(text: str) -> int:
    """Characters a reader reads (no blanks): the status bar's count and reading time.

    Counted in pieces because one C call over a 25 MB text holds the interpreter lock (and so
    the window, when a worker counts) for longer than a frame.
    """
    piece = 1 << 18
    return sum(len("".join(text[i : i + piece].split())) for i in range(0, len(text), piece))
