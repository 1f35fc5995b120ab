"""Direct and reported speech and quoted terms (placeholder until the quote rules land)."""

from __future__ import annotations

from reader.model import Document, Quote


def extract_quotes(doc: Document) -> tuple[Quote, ...]:
    """Every quote in ``doc`` in reading order, attributed to ``doc.people`` where possible."""
    return ()
