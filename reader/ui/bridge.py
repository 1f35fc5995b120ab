"""The window's door to the core modules for script conversion and search.

Kept in one place so the window speaks only in its own terms (script keys, (start, end)
hits) and the core modules are imported lazily, after the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.model import Document

if TYPE_CHECKING:
    from reader.script import DocumentView


def script_view(doc: Document, key: str) -> DocumentView:
    """``doc`` shown in script ``key`` with the offset map back to the original (cached by the core)."""
    from reader.script import view_document

    return view_document(doc, key)


def find_hits(doc: Document, query: str, regex: bool = False, exact: bool = False) -> list[tuple[int, int]]:
    """Every hit of ``query`` in ``doc.text`` as (start, end); a bad pattern raises ReaderError.

    The window searches the document it shows, so hits are already in screen offsets and
    what is found is what the reader sees (a Taiwan phrase, say); the fold makes the script
    of the query irrelevant either way.
    """
    from reader import search

    return list(search.search(doc, query, regex=regex, exact=exact).spans)
