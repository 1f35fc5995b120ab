"""From a parsed document to an analysed one: people first, then quotes that point at them.

Kept apart from parsing so the window can paint the parsed article first and run the
analysis afterwards (off the UI thread for large files).
"""

from __future__ import annotations

from dataclasses import replace

from reader.model import Document
from reader.people import extract_people
from reader.quotes import extract_quotes


def analyse(doc: Document) -> Document:
    """Return ``doc`` with people and quotes filled in."""
    with_people = replace(doc, people=extract_people(doc))
    return replace(with_people, quotes=extract_quotes(with_people))
