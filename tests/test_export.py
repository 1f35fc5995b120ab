"""Exports: every format parses back to what the model holds, and nothing the user has is overwritten."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import atomic
from reader.cli import main
from reader.export import (
    FIELDS,
    HIGHLIGHTS,
    NO_SECTION,
    TERMS,
    UNATTRIBUTED,
    ExportError,
    ExportOptions,
    collect_items,
    export_to_path,
    item_from_json,
    md_escape,
    parse_kinds,
    passage_link,
    render_export,
    suggested_name,
    write_export,
)
from reader.model import Document, Mention, Person, Quote, Role
from reader.parsing import parse_text
from reader.storage import HighlightStore, make_highlight
from tests.conftest import SEED

TEXT = (
    "城東社區舉辦讀書節\n"
    "讀書節今天開幕，居民們稱它為“書香節”。\n"
    "一、開幕\n"
    "社區主任李明華說：“希望大家多讀書，讀好書。”\n"
    "二、交流\n"
    "圖書館館長王小芳表示，今年將新增兩千冊兒童圖書。\n"
    "“閱讀讓生活更美好。”王小芳說。\n"
    "一位居民說：“我每周都來。”\n"
)


def _span(text: str, passage: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(passage, start + 1)
    return start, start + len(passage)


def _person(text: str, name: str, role: str) -> Person:
    rs, re_ = _span(text, role)
    mentions = []
    pos = text.find(name)
    while pos >= 0:
        mentions.append(Mention(pos, pos + len(name), name))
        pos = text.find(name, pos + 1)
    return Person(name=name, roles=(Role(role, rs, re_),), mentions=tuple(mentions))


def _quote(text: str, passage: str, kind: str, speaker: str | None) -> Quote:
    start, end = _span(text, passage)
    return Quote(text=passage, kind=kind, start=start, end=end, speaker=speaker)  # type: ignore[arg-type]


def make_doc(text: str = TEXT) -> Document:
    """A parsed document with hand-made people and quotes: export must not depend on the detectors."""
    doc = parse_text(text)
    people = (_person(text, "李明華", "社區主任"), _person(text, "王小芳", "圖書館館長"))
    quotes = (
        _quote(text, "書香節", "term", None),
        _quote(text, "希望大家多讀書，讀好書。", "direct", "李明華"),
        _quote(text, "今年將新增兩千冊兒童圖書。", "indirect", "王小芳"),
        _quote(text, "閱讀讓生活更美好。", "direct", "王小芳"),
        _quote(text, "我每周都來。", "direct", None),
    )
    return replace(doc, people=people, quotes=quotes)


def _highlights(doc: Document) -> tuple:  # type: ignore[type-arg]
    a = make_highlight(doc.text, *_span(doc.text, "讀好書"), color="#a0e0ff", note="主題")
    b = make_highlight(doc.text, *_span(doc.text, "讀書節今天開幕"), note="")
    return (a, b)


class _Text(HTMLParser):
    """The visible text of an HTML page, as a browser would show it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _visible(page: str) -> tuple[str, list[str]]:
    parser = _Text()
    parser.feed(page)
    return "".join(parser.parts), parser.tags


# --- round trips ---------------------------------------------------------------------------------


def test_json_round_trip_equals_the_model() -> None:
    doc = make_doc()
    marks = _highlights(doc)
    out = json.loads(render_export(doc, marks, ExportOptions(format="json", source_path="a.txt")))
    items = [item_from_json(i) for i in out["items"]]
    quotes = [i for i in items if i.source == "quote"]
    assert sorted((q.text, q.kind, q.speaker, q.start, q.end) for q in quotes) == sorted(
        (q.text, q.kind, q.speaker, q.start, q.end) for q in doc.quotes
    )
    for q in quotes:
        person = doc.person(q.speaker)
        assert q.role == (person.roles[0].text if person else None)
        section = doc.section_at(q.start)
        assert q.section == (section.title if section else "")
    marked = {i.id: i for i in items if i.source == "highlight"}
    assert set(marked) == {h.id for h in marks}
    for h in marks:
        got = marked[h.id]
        assert (got.text, got.start, got.end) == (h.text, h.start, h.end)
        assert (got.note, got.color) == (h.note, h.color)
        assert doc.text[got.start : got.end] == got.text
    # A highlight inside attributed speech carries the speaker.
    assert marked[marks[0].id].speaker == "李明華" and marked[marks[1].id].speaker is None
    assert set(out["items"][0]) == set(FIELDS)


def test_csv_has_a_bom_and_reads_back_with_csv() -> None:
    doc = make_doc()
    marks = _highlights(doc)
    text = render_export(doc, marks, ExportOptions(format="csv"))
    raw = text.encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    as_json = json.loads(render_export(doc, marks, ExportOptions(format="json")))["items"]
    assert len(rows) == len(as_json) == len(doc.quotes) + len(marks)
    for row, item in zip(rows, as_json, strict=True):
        assert list(row) == list(FIELDS)
        assert row == {k: "" if v is None else str(v) for k, v in item.items()}


def test_csv_keeps_commas_quotes_and_newlines_in_a_field() -> None:
    text = "標題\n他說：“甲,乙\"丙”然後離開。\n"
    doc = parse_text(text)
    h = make_highlight(text, *_span(text, "甲,乙\"丙”然後離開。\n"), note='注,"記"')
    exported = render_export(doc, (h,), ExportOptions(format="csv"))
    rows = list(csv.reader(io.StringIO(exported.removeprefix("\ufeff"), newline="")))
    assert rows[1][FIELDS.index("text")] == "甲,乙\"丙”然後離開。\n"
    assert rows[1][FIELDS.index("note")] == '注,"記"'


def test_markdown_renders_and_holds_every_quote() -> None:
    doc = make_doc()
    marks = _highlights(doc)
    md = render_export(doc, marks, ExportOptions(format="md", source_path="/tmp/書 (1).txt"))
    page = markdown.markdown(md)
    visible, tags = _visible(page)
    for q in doc.quotes:
        assert q.text in visible
    for h in marks:
        assert h.note in visible and h.text in visible
    for name, role in (("李明華", "社區主任"), ("王小芳", "圖書館館長")):
        assert name in visible and role in visible
    # Links back to each passage survive rendering, path and all.
    hrefs = re.findall(r'href="([^"]+)"', page)
    assert len(hrefs) == len(doc.quotes) + len(marks)
    assert all(h.startswith("reader:///tmp/") for h in hrefs)
    q = doc.quotes[1]
    assert html.escape(passage_link(q.start, q.end, "/tmp/書 (1).txt")) in page
    assert tags.count("h2") == 3  # before the first section, 一、開幕, 二、交流
    assert "blockquote" in tags


def test_markup_in_the_article_stays_text() -> None:
    nasty = [
        "<script>alert(1)</script>",
        "<img src=http://127.0.0.1:9/x.png>",
        "*粗體* _斜體_ `碼` [連結](http://example.com)",
        "# 不是標題",
        "- 不是列表",
        "1. 不是編號",
        "> 不是引用",
        "=====",
        "a &amp; b & c \\ d",
    ]
    text = "標題\n" + "\n".join(nasty) + "\n"
    doc = parse_text(text)
    marks = tuple(make_highlight(text, *_span(text, line), note=line) for line in nasty)
    md = render_export(doc, marks, ExportOptions(format="md"))
    page = render_export(doc, marks, ExportOptions(format="html"))
    visible, tags = _visible(page)
    for line in nasty:
        assert line in visible
    assert "script" not in tags and "img" not in tags and "code" not in tags
    assert tags.count("em") == len(nasty)  # only the "Note:" labels
    assert tags.count("h1") == 1 and "ul" not in tags and "ol" not in tags
    assert "http://example.com" not in re.findall(r'href="([^"]+)"', page)
    assert md_escape("<b>") == "&lt;b&gt;"
    body_of_md, _ = _visible(markdown.markdown(md))
    for line in nasty:
        assert line in body_of_md


def test_html_is_a_self_contained_page() -> None:
    doc = make_doc()
    page = render_export(doc, _highlights(doc), ExportOptions(format="html", source_path="a.txt"))
    assert page.startswith("<!DOCTYPE html>")
    head = page[: page.index("<body>")]
    assert '<meta charset="utf-8">' in head and "<style>" in head and "<title>" in head
    assert "<link" not in page and "<script" not in page and "src=" not in page and "@import" not in page
    visible, _ = _visible(page)
    for q in doc.quotes:
        assert q.text in visible
    # Rendered from the Markdown: the same body.
    md = render_export(doc, _highlights(doc), ExportOptions(format="md", source_path="a.txt"))
    assert markdown.markdown(md) in page


# --- choosing and grouping ----------------------------------------------------------------------


def test_group_by_speaker_orders_speakers_then_the_rest() -> None:
    doc = make_doc()
    items = collect_items(doc, _highlights(doc), ExportOptions(group="speaker"))
    groups = list(dict.fromkeys(i.group for i in items))
    assert groups == ["李明華", "王小芳", UNATTRIBUTED, TERMS, HIGHLIGHTS]
    for group in groups:
        starts = [i.start for i in items if i.group == group]
        assert starts == sorted(starts)
    assert [i.kind for i in items if i.group == "李明華"] == ["direct", "highlight"]


def test_group_by_section_follows_reading_order() -> None:
    doc = make_doc()
    items = collect_items(doc, _highlights(doc), ExportOptions(group="section"))
    assert [i.start for i in items] == sorted(i.start for i in items)
    assert list(dict.fromkeys(i.group for i in items)) == [NO_SECTION, "一、開幕", "二、交流"]


def test_kinds_and_sources_are_chosen() -> None:
    doc = make_doc()
    marks = _highlights(doc)
    only_terms = collect_items(doc, marks, ExportOptions(kinds=frozenset({"term"}), highlights=False))
    assert [i.text for i in only_terms] == ["書香節"]
    speech = collect_items(doc, (), ExportOptions(kinds=parse_kinds("direct, indirect")))
    assert {i.kind for i in speech} == {"direct", "indirect"} and len(speech) == 4
    mine = collect_items(doc, marks, ExportOptions(quotes=False))
    assert {i.source for i in mine} == {"highlight"}
    with pytest.raises(ExportError, match="unknown quote kind"):
        parse_kinds("direct,speech")
    with pytest.raises(ExportError, match="nothing to export"):
        render_export(doc, marks, ExportOptions(quotes=False, highlights=False))
    empty = render_export(parse_text("標題\n正文。\n"), (), ExportOptions(format="md"))
    assert "Nothing to export" in empty


def test_suggested_names() -> None:
    assert suggested_name("/x/新聞.txt", "html") == "新聞.quotes.html"
    assert suggested_name(None, "csv") == "quotes.csv"


# --- scripts --------------------------------------------------------------------------------------


def test_export_in_another_script_keeps_offsets_exact() -> None:
    pytest.importorskip("opencc")
    doc = make_doc()
    marks = _highlights(doc)
    out = json.loads(
        render_export(doc, marks, ExportOptions(format="json", script="t2s", source_path="/tmp/a.txt"))
    )
    from reader.script import view_document

    view = view_document(doc, "t2s")
    converted = view.document
    assert converted.text != doc.text
    items = out["items"]
    for item in items:
        assert converted.text[item["start"] : item["end"]] == item["text"]
    assert {"李明华", "王小芳"} <= {i["speaker"] for i in items}
    assert "希望大家多读书，读好书。" in {i["text"] for i in items}
    # Links point at the original file's offsets, with the script to show them in.
    first = next(i for i in items if i["text"] == "希望大家多读书，读好书。")
    q = doc.quotes[1]
    assert first["link"] == f"reader:///tmp/a.txt?script=t2s#{q.start}-{q.end}"


def test_highlights_follow_a_conversion_that_changes_lengths() -> None:
    pytest.importorskip("opencc")
    from reader.script import view_document

    text = "标题\n他说：“我买了方便面和内存条，又看了网络新闻。”\n"
    doc = parse_text(text)
    news = make_highlight(text, *_span(text, "网络新闻"), note="後面")
    inside = make_highlight(text, *_span(text, "便面"), note="詞中")
    view = view_document(doc, "s2twp")
    assert not view.offsets.is_identity  # 方便面 → 泡麵, 内存 → 記憶體
    out = json.loads(render_export(doc, (news, inside), ExportOptions(format="json", script="s2twp")))
    got = {i["note"]: i for i in out["items"]}
    for item in got.values():
        assert view.document.text[item["start"] : item["end"]] == item["text"]
    assert got["後面"]["text"] == "網路新聞"
    assert got["詞中"]["text"] == "泡麵"  # part of a phrase that changed length: the whole phrase


# --- writing --------------------------------------------------------------------------------------


def test_writing_refuses_to_overwrite_unless_forced(tmp_path: Path) -> None:
    doc = make_doc()
    out = tmp_path / "quotes.md"
    assert export_to_path(doc, (), ExportOptions(format="md"), out) is None
    first = out.read_text(encoding="utf-8")
    with pytest.raises(ExportError, match="already exists"):
        export_to_path(doc, _highlights(doc), ExportOptions(format="md"), out)
    assert out.read_text(encoding="utf-8") == first
    backup = export_to_path(doc, _highlights(doc), ExportOptions(format="md"), out, force=True)
    assert backup == atomic.backup_path(out) and backup.read_text(encoding="utf-8") == first
    assert out.read_text(encoding="utf-8") != first
    with pytest.raises(ExportError, match="folder"):
        write_export("x", tmp_path)


def test_csv_file_is_written_byte_exact(tmp_path: Path) -> None:
    doc = make_doc()
    text = render_export(doc, (), ExportOptions(format="csv"))
    out = tmp_path / "q.csv"
    write_export(text, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw and b"\r\r\n" not in raw


# --- the command line -------------------------------------------------------------------------------


def _article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_cli_writes_to_stdout_and_includes_saved_highlights(
    tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    path = _article(tmp_path)
    session = HighlightStore().open(TEXT, path)
    h = make_highlight(TEXT, *_span(TEXT, "兩千冊兒童圖書"), note="記下")
    session.save((h,))
    assert main(["export", str(path), "--format", "json"]) == 0
    out, err = capfdbinary.readouterr()
    data = json.loads(out.decode("utf-8"))
    assert err == b""
    mine = [i for i in data["items"] if i["source"] == "highlight"]
    assert [(i["id"], i["note"], i["text"]) for i in mine] == [(h.id, "記下", h.text)]
    assert main(["export", str(path), "--format", "json", "--no-highlights"]) == 0
    data = json.loads(capfdbinary.readouterr()[0].decode("utf-8"))
    assert all(i["source"] == "quote" for i in data["items"])
    assert main(["export", str(path), "--format", "csv"]) == 0
    assert capfdbinary.readouterr()[0].startswith(b"\xef\xbb\xbfsource,kind,")


def test_cli_output_file_and_force(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    path = _article(tmp_path)
    out = tmp_path / "out.html"
    assert main(["export", str(path), "--format", "html", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    capfd.readouterr()
    out.write_text("my edits", encoding="utf-8")
    assert main(["export", str(path), "--format", "html", "-o", str(out)]) == 2
    err = capfd.readouterr().err
    assert err.count("\n") == 1 and "--force" in err and "Traceback" not in err
    assert out.read_text(encoding="utf-8") == "my edits"
    assert main(["export", str(path), "--format", "md", "-o", str(out), "--force"]) == 0
    assert atomic.backup_path(out).read_text(encoding="utf-8") == "my edits"


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "MISSING.txt"],
        ["export", "ARTICLE", "--kinds", "speech"],
        ["export", "ARTICLE", "--no-quotes", "--no-highlights"],
        ["export", "ARTICLE", "-o", "NOFOLDER/out.md"],
        ["export", "ARTICLE", "-o", "TMP"],
        ["export", "ARTICLE", "--format", "pdf"],
        ["export", "ARTICLE", "--script", "no-such-script"],
    ],
)
def test_cli_errors_are_one_line(tmp_path: Path, capfd: pytest.CaptureFixture[str], argv: list[str]) -> None:
    path = _article(tmp_path)
    names = {
        "MISSING.txt": str(tmp_path / "missing.txt"),
        "ARTICLE": str(path),
        "NOFOLDER/out.md": str(tmp_path / "nofolder" / "out.md"),
        "TMP": str(tmp_path),
    }
    args = [names.get(a, a) for a in argv]
    try:
        code = main(args)
    except SystemExit as exc:  # argparse's own errors
        code = int(exc.code or 0)
    assert code == 2
    err = capfd.readouterr().err
    assert err.startswith("reader: ") and err.count("\n") == 1 and "Traceback" not in err


def test_cli_reports_a_damaged_store_and_still_exports(
    tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    from reader.storage import document_key

    path = _article(tmp_path)
    store = HighlightStore()
    store.folder.mkdir(parents=True)
    store.file_for(document_key(TEXT)).write_text("{not json", encoding="utf-8")
    assert main(["export", str(path), "--format", "md"]) == 0
    out, err = capfdbinary.readouterr()
    assert b"# Quotes:" in out
    assert b"warning" in err and b"moved aside" in err


def test_cli_unreadable_store_still_exports_the_quotes(
    tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    from reader.storage import document_key

    path = _article(tmp_path)
    store = HighlightStore()
    store.file_for(document_key(TEXT)).mkdir(parents=True)  # cannot be read as a file
    assert main(["export", str(path), "--format", "json"]) == 0
    out, err = capfdbinary.readouterr()
    from reader.documents import open_document

    expected = len(open_document(path).quotes)
    assert expected and len(json.loads(out)["items"]) == expected
    assert err.count(b"\n") == 1 and b"without your highlights" in err


def test_cli_warns_about_highlights_lost_in_an_edit(
    tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    path = _article(tmp_path)
    keep = make_highlight(TEXT, *_span(TEXT, "兩千冊兒童圖書"))
    lose = make_highlight(TEXT, *_span(TEXT, "我每周都來"))
    HighlightStore().open(TEXT, path).save((keep, lose))
    edited = "（本報訊）" + TEXT.replace("我每周都來", "很好")
    path.write_text(edited, encoding="utf-8")
    assert main(["export", str(path), "--format", "json", "--no-quotes"]) == 0
    out, err = capfdbinary.readouterr()
    items = json.loads(out)["items"]
    assert [(i["id"], i["text"]) for i in items] == [(keep.id, keep.text)]
    assert edited[items[0]["start"] : items[0]["end"]] == keep.text
    assert b"could not be placed" in err


# --- the seed ---------------------------------------------------------------------------------------


def test_exports_of_the_seed_carry_its_speakers(capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    from reader.documents import open_document

    doc = open_document(SEED)
    speakers = {q.speaker for q in doc.quotes if q.kind == "direct" and q.speaker}
    assert len(speakers) == 5
    for fmt in ("md", "html", "csv", "json"):
        assert main(["export", str(SEED), "--format", fmt, "--no-highlights"]) == 0
        out = capfdbinary.readouterr()[0].decode("utf-8-sig")
        if fmt == "json":
            found = {i["speaker"] for i in json.loads(out)["items"]}
        elif fmt == "csv":
            found = {r["speaker"] for r in csv.DictReader(io.StringIO(out, newline=""))}
        else:
            found = {s for s in speakers if s in (out if fmt == "md" else _visible(out)[0])}
        assert speakers <= found, fmt


# --- properties -------------------------------------------------------------------------------------

_NASTY = "漢字，。“”‘’「」*_`[]()<>&#!-+=.1\\|:/ \t\n\u3000\u200b\U0001f600"


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=_NASTY, min_size=1, max_size=80), data=st.data())
def test_any_text_survives_every_format(text: str, data: st.DataObject) -> None:
    doc = parse_text(text)
    marks = []
    for _ in range(data.draw(st.integers(1, 3))):
        start = data.draw(st.integers(0, len(text) - 1))
        end = data.draw(st.integers(start + 1, len(text)))
        note = data.draw(st.text(alphabet=_NASTY, max_size=10))
        marks.append(make_highlight(text, start, end, note=note))
    marks_t = tuple(marks)
    as_json = json.loads(render_export(doc, marks_t, ExportOptions(format="json")))["items"]
    assert sorted((i["id"], i["text"], i["note"], i["start"], i["end"]) for i in as_json) == sorted(
        (h.id, h.text, h.note, h.start, h.end) for h in marks_t
    )
    raw_csv = render_export(doc, marks_t, ExportOptions(format="csv"))
    rows = list(csv.DictReader(io.StringIO(raw_csv.removeprefix("\ufeff"), newline="")))
    from_csv = [(r["id"], r["text"], r["note"]) for r in rows]
    assert from_csv == [(i["id"], i["text"], i["note"]) for i in as_json]

    def squash(s: str) -> str:
        return "".join(s.split())

    visible, tags = _visible(render_export(doc, marks_t, ExportOptions(format="html")))
    assert "script" not in tags and "img" not in tags and "a" in tags
    for h in marks_t:
        assert squash(h.text) in squash(visible)
        assert squash(h.note) in squash(visible)


def test_section_and_speaker_lookups_agree_with_the_model() -> None:
    from reader.documents import open_document
    from reader.export import _Lookup

    text = "標題\n一、總體\n導語。\n（一）細節\n正文一。\n（二）再談\n正文二。\n二、其他\n結語。\n"
    for doc in (parse_text(text), open_document(SEED), make_doc()):
        look = _Lookup(doc)
        for offset in range(len(doc.text) + 1):
            section = doc.section_at(offset)
            assert look.section(offset) == (section.title if section else ""), offset
        for q in doc.quotes:
            inner = [
                x for x in doc.quotes
                if x.speaker and x.kind != "term" and x.start <= q.start and q.end <= x.end
            ]
            expected = max(inner, key=lambda x: x.start).speaker if inner else None
            assert look.speaker(q.start, q.end) == expected
