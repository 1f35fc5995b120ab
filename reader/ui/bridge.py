"""The window's door to the core modules for script conversion and search.

Kept in one place so the window speaks only in its own terms (script keys, (start, end)
hits) and the core modules are imported lazily, after the first paint.
"""

from __future__ import annotations

from reader.errors import ReaderError
from reader.model import Document


def convert_for_key(doc: Document, key: str) -> Document:
    """``doc`` shown in script ``key`` (one of ``reader.ui.actions.SCRIPT_CHOICES``)."""
    if key == "original":
        return doc
    from reader import script

    return script.convert_document(doc, script_config(doc, key))


def script_config(doc: Document, key: str) -> str:
    """The OpenCC configuration that shows ``doc`` in script ``key``."""
    from reader import script

    chooser = getattr(script, "config_for", None)
    if chooser is not None:
        return str(chooser(doc, key))
    simplified_source = getattr(script, "detect_script", lambda _t: "hant")(doc.text) == "hans"
    table = {
        "hans": "t2s",
        "hant": "s2t" if simplified_source else "t2t",
        "tw": "s2twp" if simplified_source else "t2tw",
        "hk": "s2hk" if simplified_source else "t2hk",
    }
    return table[key]


def find_hits(doc: Document, query: str, regex: bool = False, exact: bool = False) -> list[tuple[int, int]]:
    """Every hit of ``query`` in ``doc.text`` as (start, end); a bad pattern raises ReaderError."""
    from reader import search

    try:
        hits = search.search(doc, query, regex=regex, exact=exact)
    except ReaderError:
        raise
    except Exception as exc:  # re.error and friends: the reader typed an unfinished pattern
        raise ReaderError(f"bad pattern: {exc}") from exc
    return [(int(h.start), int(h.end)) for h in hits]
