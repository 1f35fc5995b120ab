"""The model refuses entities whose offsets do not match the text, and the seed obeys it."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.documents import open_document
from reader.model import Block, Document, ModelError, Quote
from tests.conftest import SEED


def test_block_with_wrong_text_is_refused() -> None:
    with pytest.raises(ModelError):
        Document(text="甲乙丙", blocks=(Block("paragraph", 0, 2, "乙丙"),))


def test_block_past_the_end_is_refused() -> None:
    with pytest.raises(ModelError):
        Document(text="甲乙", blocks=(Block("paragraph", 1, 3, "乙"),))


def test_quote_with_reversed_span_is_refused() -> None:
    with pytest.raises(ModelError):
        Document(text="甲乙", quotes=(Quote("", "term", 2, 1),))


def test_entities_are_frozen() -> None:
    block = Block("paragraph", 0, 1, "甲")
    with pytest.raises(dataclasses.FrozenInstanceError):
        block.start = 3  # type: ignore[misc]


def test_every_seed_entity_is_exactly_its_text() -> None:
    doc = open_document(SEED)
    count = 0
    for _kind, entity in doc.entities():
        assert doc.text[entity.start : entity.end] == entity.text
        count += 1
    assert count > 20


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("甲乙丙丁“”「」，。：\n 　——一、說表示王李市長")), max_size=200))
def test_parsed_random_text_keeps_every_offset(text: str) -> None:
    from reader.analysis import analyse
    from reader.parsing import parse_text

    doc = analyse(parse_text(text))
    for _kind, entity in doc.entities():
        assert doc.text[entity.start : entity.end] == entity.text


def test_readable_characters_leave_out_blanks_across_piece_edges() -> None:
    from reader.documents import readable_characters

    text = ("城市 更新\u3000\n" * 70_000)[:-1]  # longer than one counting piece
    assert readable_characters(text) == len("".join(text.split())) == 4 * 70_000
