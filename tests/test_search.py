"""Search: script-, width- and case-insensitive, offsets in the original text, and the CLI."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli import main
from reader.documents import open_document, parse_path
from reader.errors import ReaderError
from reader.model import Document
from reader.parsing import parse_text
from reader.script import convert_text, view_document
from reader.search import (
    CONTEXT_CHARS,
    SearchError,
    check_query,
    find_spans,
    fold,
    matches,
    result_json,
    search,
)
from tests.conftest import SEED


@pytest.fixture(scope="module")
def seed() -> Document:
    return parse_path(SEED)


# --------------------------------------------------------------------------- the cases


def test_simplified_query_finds_traditional_text(seed: Document) -> None:
    simplified = search(seed, "重庆")
    traditional = search(seed, "重慶")
    assert len(simplified) == 13
    assert simplified.spans == traditional.spans
    assert all(hit.text == "重慶" for hit in simplified.hits)
    assert [s for s, _ in simplified.spans] == [
        i for i in range(len(seed.text)) if seed.text.startswith("重慶", i)
    ]


def test_fullwidth_comma_finds_the_ascii_commas(seed: Document) -> None:
    result = search(seed, "，")
    assert len(result) == 82 == seed.text.count(",")
    assert all(seed.text[s:e] == "," for s, e in result.spans)
    assert search(seed, ",").spans == result.spans


def test_one_character_query(seed: Document) -> None:
    result = search(seed, "市")
    assert len(result) == seed.text.count("市") > 50
    both = search(seed, "会")  # 會 and 会 alike
    assert len(both) == seed.text.count("會") + seed.text.count("会") > 0


def test_empty_query_has_no_hits(seed: Document) -> None:
    assert len(search(seed, "")) == 0
    assert search(seed, "").hits == ()
    assert len(search(seed, "", regex=True)) == 0


def test_regular_expression(seed: Document) -> None:
    result = search(seed, r"重庆市.{2,3}区", regex=True)  # folded pattern against folded text
    assert len(result) >= 2
    for hit in result.hits:
        assert hit.text.startswith("重慶市") and hit.text.endswith("區") and len(hit.text) in (6, 7)
    lines = search(seed, r"^课堂", regex=True)
    assert len(lines) == 1 and seed.text[lines.spans[0][0] - 1] == "\n"


def test_regex_never_reports_empty_hits() -> None:
    assert find_spans("甲乙甲", "x*", regex=True) == []
    assert find_spans("甲乙甲", "甲?", regex=True) == [(0, 1), (2, 3)]


def test_invalid_regex_is_a_reader_error(seed: Document) -> None:
    with pytest.raises(SearchError, match="invalid regular expression"):
        search(seed, "(城市", regex=True)
    with pytest.raises(ReaderError):
        check_query("[", regex=True)
    check_query("(城市")  # not a regex: a plain query is always valid
    assert len(search(seed, "(城市")) == 0


def test_exact_turns_folding_off(seed: Document) -> None:
    assert len(search(seed, "重庆", exact=True)) == 0
    assert len(search(seed, "重慶", exact=True)) == 13
    assert len(search(seed, "，", exact=True)) == 0
    assert len(search(seed, "重慶市.{2,3}區", regex=True, exact=True)) == len(
        search(seed, "重庆市.{2,3}区", regex=True)
    )
    assert len(search(seed, "重庆市.{2,3}区", regex=True, exact=True)) == 0


# --------------------------------------------------------------------------- folding


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("Ａｐｐｌｅ的手機", "apple"),
        ("apple的手機", "ＡＰＰＬＥ"),
        ("他說：「好。」", "说"),
        ("為什麼爲什麼", "为什么"),
        ("版本１２３", "123"),
        ("問題（一）", "问题(一)"),
        ("ＨＥＬＬＯ　ＷＯＲＬＤ", "hello world"),
    ],
)
def test_fold_matches_across_script_width_and_case(text: str, query: str) -> None:
    assert matches(text, query)
    assert not matches(text, query, exact=True)


def test_fullwidth_metacharacter_in_a_regex_stays_literal() -> None:
    text = "問題（一）和問題二"
    assert find_spans(text, "问题（一）", regex=True) == [(0, 5)]
    assert find_spans(text, "问题（.）", regex=True) == [(0, 5)]
    assert find_spans(text, r"问题\d", regex=True) == []
    assert find_spans(text, "问题[一二]", regex=True) == [(6, 9)]


def test_characters_with_long_nfkc_forms_keep_offsets() -> None:
    text = "重量５㎏，ﬁne，重慶Straße"
    assert unicodedata.normalize("NFKC", "㎏") == "kg"
    folded = fold(text)
    assert len(folded) == len(text)
    assert find_spans(text, "重庆") == [(text.index("重慶"), text.index("重慶") + 2)]
    assert find_spans(text, "strasse") == []  # ß is kept as one character, never two
    assert find_spans(text, "straße") == [(text.index("S"), len(text))]
    assert find_spans(text, "，") == [(4, 5), (8, 9)]


def test_matches_filters_short_texts() -> None:
    assert matches("孟永生：市住建局副局長", "副局长")
    assert not matches("孟永生", "局长")
    assert matches("孟永生", "")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_fold_keeps_every_offset(text: str) -> None:
    assert len(fold(text)) == len(text)


PAIRS = [
    ("重", "重"),
    ("庆", "慶"),
    ("发", "發"),
    ("说", "說"),
    ("为", "爲"),
    ("a", "Ａ"),
    (",", "，"),
    ("市", "市"),
]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(PAIRS), min_size=1, max_size=40),
    st.lists(st.booleans(), min_size=40, max_size=40),
    st.integers(min_value=0, max_value=39),
    st.integers(min_value=1, max_value=5),
)
def test_any_script_mix_of_a_passage_finds_it(
    pairs: list[tuple[str, str]], flips: list[bool], start: int, length: int
) -> None:
    text = "".join(p[1] if f else p[0] for p, f in zip(pairs, flips, strict=False))
    start = min(start, len(text) - 1)
    end = min(len(text), start + length)
    query = "".join(p[0] if f else p[1] for p, f in zip(pairs[start:end], flips[start:end], strict=False))
    spans = find_spans(text, query)
    assert spans, (text, query)
    assert all(fold(text[s:e]) == fold(query) for s, e in spans)
    # The passage itself is a hit once nothing before it can overlap it.
    assert find_spans(text[start:], query)[0] == (0, end - start)


# --------------------------------------------------------------------------- hits and navigation


def test_hits_carry_the_model_section_and_context(seed: Document) -> None:
    result = search(seed, "城市")
    assert len(result) > 30
    for i, hit in enumerate(result.hits):
        section = seed.section_at(hit.start)
        assert hit.section == (section.title if section else None)
        assert seed.text[hit.start - len(hit.before) : hit.start] == hit.before
        assert seed.text[hit.end : hit.end + len(hit.after)] == hit.after
        assert len(hit.before) <= CONTEXT_CHARS and len(hit.after) <= CONTEXT_CHARS
        assert "\n" not in hit.context
        assert hit.context == hit.before + hit.text + hit.after
        assert result[i] == hit
    assert {h.section for h in result.hits} >= {s.title for s in seed.sections}


def test_context_reaches_twenty_characters_inside_a_paragraph(seed: Document) -> None:
    hit = next(h for h in search(seed, "秘笈").hits if h.start > 100)
    assert len(hit.before) == CONTEXT_CHARS and len(hit.after) == CONTEXT_CHARS


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["甲", "乙", "城市", "\n", "一、", "第一章 ", "## 小標題\n", "。"]), max_size=60)
)
def test_sections_of_hits_agree_with_the_model(pieces: list[str]) -> None:
    doc = parse_text("".join(pieces))
    for query in ("城", "甲", "。"):
        for hit in search(doc, query).hits:
            section = doc.section_at(hit.start)
            assert hit.section == (section.title if section else None)


def test_moving_from_the_cursor(seed: Document) -> None:
    result = search(seed, "重庆")
    first, second = result.spans[0][0], result.spans[1][0]
    assert result.index_after(0) == 0
    assert result.index_after(first + 1) == 1
    assert result.index_after(second) == 1
    assert result.index_after(len(seed.text)) is None
    assert result.index_before(first) is None
    assert result.index_before(second) == 0


def test_hits_map_into_any_script(seed: Document) -> None:
    doc = open_document(SEED)
    view = view_document(doc, "simplified")
    for start, end in search(doc, "重慶").spans:
        a, b = view.offsets.span_to_converted(start, end)
        assert view.document.text[a:b] == "重庆"


def test_folded_text_is_computed_once_per_document(seed: Document) -> None:
    first = fold(seed.text)
    assert fold(seed.text) is first


# --------------------------------------------------------------------------- command line


def test_search_command_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", str(SEED), "重庆", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["query"] == "重庆"
    assert len(data["hits"]) == 13
    text = SEED.read_text(encoding="utf-8")
    for hit in data["hits"]:
        assert set(hit) == {"start", "end", "section", "context"}
        assert text[hit["start"] : hit["end"]] == "重慶"
        assert "重慶" in hit["context"]
    assert any(hit["section"] is None for hit in data["hits"])
    assert any(hit["section"] == "課堂教學 解培訓核心疑問" for hit in data["hits"])


def test_search_command_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", str(SEED), "，"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-1] == "82 hits"
    assert all("【,】" in line for line in out[:-1])


def test_search_command_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", str(SEED), "重庆", "--exact", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["hits"] == []
    assert main(["search", str(SEED), "重.{2}", "--regex", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["hits"]) >= 13


@pytest.mark.parametrize(
    "args",
    [["(城市", "--regex"], ["城市", "--regex", "--exact", "--json"]],
)
def test_search_command_errors_are_one_line(
    args: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = str(SEED) if args[0].startswith("(") else str(tmp_path / "missing.txt")
    assert main(["search", target, *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and err.count("\n") == 1


def test_result_json_shape(seed: Document) -> None:
    data = result_json(search(seed, "漯河"))
    assert data["query"] == "漯河" and len(data["hits"]) == seed.text.count("漯河")
    assert convert_text(data["hits"][0]["context"], "t2s").count("漯河") >= 1
