"""People named in an article, with their roles (placeholder until the people rules land)."""

from __future__ import annotations

from reader.model import Document, Person


def extract_people(doc: Document) -> tuple[Person, ...]:
    """Every person named in ``doc``, in order of first appearance."""
    return ()
