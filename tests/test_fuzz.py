"""Fuzzing: bytes → load → parse → analyse → convert → search never raise, and every offset holds.

Texts are built from fragments that trigger the parser's rules (numbered heads, credits,
wire leads, quote marks, Markdown syntax, raw HTML) mixed with arbitrary characters
(controls, bidi marks, emoji, NUL), then encoded in the codecs Reader reads. A load may
refuse the bytes with a :class:`LoadError` (that is the clear message the user gets); nothing
else may raise. Examples are capped so the whole file stays within a few seconds of CI.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.analysis import analyse
from reader.errors import LoadError, ReaderError
from reader.loading import decode_bytes
from reader.markdown_parsing import parse_markdown
from reader.model import Document
from reader.parsing import parse_text
from reader.script import convert_document
from reader.search import search

FRAGMENTS = [
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "一、",
    "（一）",
    "1. ",
    "第三章 ",
    "【編者按】",
    "——",
    " ——",
    "來源：",
    "来源:",
    "責編：",
    "责任编辑：",
    "记者 ",
    "通訊員：",
    "新华社北京10月30日电（记者 王某）",
    "（中央社記者王某台北4日電）",
    "2025年10月30日",
    "2025-10-30 08:00",
    "1050504",
    "「",
    "」",
    "“",
    "”",
    "『",
    "』",
    "‘",
    "’",
    '"',
    "說：",
    "表示，",
    "王小明",
    "市長",
    "副局長",
    "。",
    "，",
    "：",
    "# ",
    "## ",
    "> ",
    "- ",
    "* ",
    "*",
    "**",
    "_",
    "`",
    "```",
    "    ",
    "[連結",
    "](http://127.0.0.1:9/x)",
    "<a@b.c>",
    "<script>",
    "</script>",
    "<img src=x>",
    "&amp;",
    "&#0;",
    "&#x110000;",
    "\\",
    "\u3000",
    "\u200b",
    "\u200d",
    "\u202e",
    "\u2066",
    "\ufeff",
    "\ufffd",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x85",
    "\u2028",
    "🎉",
    "👨‍👩‍👧",
    "🇨🇳",
    "課堂教學 解培訓核心疑問",
    "這是一段正文，說明一些事情，寫得比標題長一些。",
    "他說：「我們要把事情做好。」",
]

article_text = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=40).map("".join)
CODECS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "big5"]
FUZZ = settings(
    max_examples=int(os.environ.get("READER_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
"""200 examples a test in CI; READER_FUZZ_EXAMPLES=20000 for a long run before a release."""
def check_offsets(doc: Document) -> None:
    """Every entity's text is exactly its span; sections nest inside the text."""
    for kind, entity in doc.entities():
        assert 0 <= entity.start <= entity.end <= len(doc.text), kind
        assert doc.text[entity.start : entity.end] == entity.text, kind
    for person in doc.people:
        for mention in person.mentions:
            assert doc.text[mention.start : mention.end] == mention.text
    for section in doc.sections:
        assert section.end <= section.body_end <= len(doc.text)


@FUZZ
@given(text=st.text(max_size=300))
def test_parse_text_never_raises_and_offsets_hold(text: str) -> None:
    check_offsets(parse_text(text))


@FUZZ
@given(text=article_text)
def test_parse_text_on_article_like_text(text: str) -> None:
    doc = parse_text(text)
    assert doc.text == text
    check_offsets(doc)


@FUZZ
@given(text=st.one_of(st.text(max_size=300), article_text))
def test_parse_markdown_never_raises_and_offsets_hold(text: str) -> None:
    doc = parse_markdown(text)
    check_offsets(doc)
    assert "\x02" not in doc.text and "\x03" not in doc.text


@FUZZ
@given(data=st.binary(max_size=400))
def test_any_bytes_load_or_say_why(data: bytes) -> None:
    try:
        loaded = decode_bytes(data)
    except LoadError as exc:
        assert str(exc)
        return
    assert "\r" not in loaded.text
    check_offsets(parse_text(loaded.text))


@FUZZ
@given(
    text=article_text,
    codec=st.sampled_from(CODECS),
    markdown=st.booleans(),
    query=st.text(max_size=4),
    take=st.integers(min_value=0, max_value=400),
)
def test_whole_pipeline(text: str, codec: str, markdown: bool, query: str, take: int) -> None:
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    try:
        loaded = decode_bytes(data)
    except LoadError:
        return
    doc = parse_markdown(loaded.text) if markdown else parse_text(loaded.text)
    check_offsets(doc)
    doc = analyse(doc)
    check_offsets(doc)
    for config in ("t2s", "s2t"):
        converted = convert_document(doc, config)
        assert isinstance(converted, Document)
        check_offsets(converted)
    # A query taken from the text itself must be found; a random one may or may not.
    start = take % (len(doc.text) + 1)
    for q in (doc.text[start : start + 3], query):
        try:
            result = search(doc, q)
        except ReaderError:
            continue
        for hit in result:
            assert doc.text[hit.start : hit.end] == hit.text
        if q.strip() and q == doc.text[start : start + 3]:
            assert any(s <= start < e or s == start for s, e in result.spans)


def test_convert_an_empty_document() -> None:
    for config in ("t2s", "s2t"):
        converted = convert_document(parse_text(""), config)
        assert converted.text == ""
