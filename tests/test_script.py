"""Script conversion: detection, configuration choice, exact offsets for every entity, the CLI."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli import main
from reader.documents import open_document
from reader.errors import ReaderError
from reader.model import Block, Credit, Document, Inline, Mention, Meta, Person, Quote, Role, Section
from reader.script import (
    OFFERED_CONFIGS,
    SCRIPT_KEYS,
    SCRIPTS,
    OffsetMap,
    ScriptError,
    ScriptInfo,
    config_for,
    convert_document,
    convert_text,
    convert_with_map,
    detect_script,
    map_offset,
    normalize_config,
    remap,
    view_document,
)
from tests.conftest import CORPUS, ROOT, SEED, corpus_articles, load_gold, needs_corpus

CONVERTING = [k for k in SCRIPT_KEYS if k != "original"]


def _assert_exact(doc: Document) -> int:
    """Every entity is its text in ``doc.text``: the model checks it, this says which one failed."""
    count = 0
    for kind, entity in doc.entities():
        assert doc.text[entity.start : entity.end] == entity.text, (kind, entity)
        count += 1
    names = {p.name for p in doc.people}
    for quote in doc.quotes:
        assert quote.speaker is None or quote.speaker in names
    return count


def _pairs(old: Document, new: Document) -> list[tuple[str, object, object]]:
    olds = list(old.entities())
    news = list(new.entities())
    assert [k for k, _ in olds] == [k for k, _ in news]
    return [(k, a, b) for (k, a), (_, b) in zip(olds, news, strict=True)]


# --------------------------------------------------------------------------- menu, detection, choice


def test_menu_offers_the_five_scripts_in_order() -> None:
    assert [s.key for s in SCRIPTS] == ["original", "simplified", "traditional", "taiwan", "hongkong"]
    assert [s.label for s in SCRIPTS] == ["Original", "简体", "繁體", "臺灣正體", "香港繁體"]
    assert len({s.shortcut for s in SCRIPTS}) == 5


def test_importing_the_module_does_not_load_opencc() -> None:
    code = "import sys, reader.script, reader.search; assert 'opencc' not in sys.modules, 'loaded'"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, check=False)
    assert done.returncode == 0, done.stderr.decode()


def test_seed_is_detected_as_traditional() -> None:
    info = detect_script(SEED.read_text(encoding="utf-8"))
    assert info.script == "traditional"
    assert info.traditional_only > 20 * info.simplified_only > 0


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("我们的国家图书馆今天开门，读者们很高兴。", "simplified"),
        ("我們的國家圖書館今天開門，讀者們很高興。", "traditional"),
        ("我們的國家圖書館今天开门，读者们很高兴。", "mixed"),
        ("Only Latin letters, 12345.", "neutral"),
        ("", "neutral"),
    ],
)
def test_detection_from_character_statistics(text: str, script: str) -> None:
    info = detect_script(text)
    assert info.script == script
    assert info.label in ("繁體", "简体", "繁简混合", "—")


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("name", corpus_articles())
def test_detection_agrees_with_the_corpus_gold(name: str) -> None:
    gold = load_gold(name)
    if "script" not in gold:
        pytest.skip("no script in this gold file")
    text = (CORPUS / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    assert detect_script(text).script == gold["script"]


def test_analyze_json_reports_the_script(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(SEED), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["script"] == "traditional"
    assert main(["analyze", str(SEED), "--json", "--script", "simplified"]) == 0
    assert json.loads(capsys.readouterr().out)["script"] == "simplified"


def test_configuration_follows_the_documents_script() -> None:
    trad = ScriptInfo("traditional", 100, 60, 2)
    pure_trad = ScriptInfo("traditional", 100, 60, 0)
    simp = ScriptInfo("simplified", 100, 0, 50)
    neutral = ScriptInfo("neutral", 0, 0, 0)
    assert config_for("original", trad) is None
    assert config_for("simplified", trad) == "t2s"
    assert config_for("simplified", simp) is None  # nothing Traditional in it to change
    assert config_for("traditional", simp) == "s2t"
    assert config_for("traditional", trad) == "s2t"  # repairs Simplified leftovers
    assert config_for("traditional", pure_trad) is None
    assert config_for("taiwan", trad) == config_for("taiwan", simp) == "s2twp"
    assert config_for("hongkong", trad) == "s2hk"
    assert all(config_for(k, neutral) is None for k in SCRIPT_KEYS)
    assert {config_for(k, trad) for k in CONVERTING} == set(OFFERED_CONFIGS)
    with pytest.raises(ScriptError):
        config_for("klingon", trad)


def test_configuration_names_with_or_without_json_and_case() -> None:
    assert normalize_config("T2S.json") == "t2s"
    assert normalize_config(" s2twp ") == "s2twp"
    with pytest.raises(ReaderError, match="unknown script or OpenCC configuration"):
        normalize_config("t2x")


def test_convert_text_is_plain_opencc() -> None:
    assert convert_text("鼠标和软件", "s2twp") == "滑鼠和軟體"
    assert convert_text("重慶", "t2s") == "重庆"
    assert convert_text("", "t2s") == ""


# --------------------------------------------------------------------------- offset maps


def test_identity_map() -> None:
    omap = OffsetMap.identity(10)
    assert omap.is_identity
    assert [omap.to_converted(i) for i in range(11)] == list(range(11))
    assert omap.to_converted(99) == 10


def test_length_changing_phrase_is_located_precisely() -> None:
    text = "进一步优化资源配置，优化。"
    conv = convert_with_map(text, "s2twp")
    assert conv.text == "進一步最佳化資源配置，最佳化。" == convert_text(text, "s2twp")
    omap = conv.offsets
    assert not omap.is_identity
    # Before the phrase, offsets are unchanged; after it, they are shifted by one.
    assert omap.to_converted(3) == 3
    assert omap.to_converted(5) == 6
    assert omap.to_converted(6) == 7
    assert conv.text[omap.to_converted(5) : omap.to_converted(9)] == "資源配置"
    # Inside the phrase an offset snaps outwards: a start to its start, an end to its end.
    assert omap.to_converted(4, "start") == 3
    assert omap.to_converted(4, "end") == 6
    assert omap.span_to_converted(4, 5) == (3, 6)
    # And back.
    assert omap.to_original(7) == 6
    assert omap.span_to_original(3, 6) == (3, 5)
    assert omap.to_converted(len(text)) == len(conv.text)


def test_cuts_are_exact_even_inside_a_phrase() -> None:
    text = "优化"
    conv = convert_with_map(text, "s2twp", cuts=[1])
    # Cutting the phrase converts its halves separately; the cut is then exact.
    assert conv.text == convert_text("优", "s2twp") + convert_text("化", "s2twp")
    assert conv.offsets.to_converted(1) == len(convert_text("优", "s2twp"))


PIECES = [
    *"重庆慶發发干幹乾里裏后後台臺面麵",
    "优化",
    "软件",
    "鼠标",
    "信息",
    "打印机",
    "项目",
    "，",
    "。",
    "\n",
    " ",
    "A",
    "“",
    "”",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.lists(st.floats(min_value=0, max_value=1), max_size=12),
    st.sampled_from(OFFERED_CONFIGS),
)
def test_random_text_maps_every_cut_exactly(text: str, fractions: list[float], config: str) -> None:
    cuts = [int(f * len(text)) for f in fractions]
    conv = convert_with_map(text, config, cuts)
    omap = conv.offsets
    bounds = sorted(
        {0, len(text), *cuts}
        | {i for i, ch in enumerate(text) if ch == "\n"}
        | {i + 1 for i, ch in enumerate(text) if ch == "\n"}
    )
    # Between two neighbouring boundaries the converted text is that piece's own conversion.
    for a, b in pairwise(bounds):
        assert conv.text[omap.to_converted(a) : omap.to_converted(b)] == convert_text(text[a:b], config)
    positions = [omap.to_converted(i, side) for i in range(len(text) + 1) for side in ("start", "end")]
    assert positions == sorted(positions)
    assert omap.to_converted(len(text)) == len(conv.text)
    back = [omap.to_original(i) for i in range(len(conv.text) + 1)]
    assert back == sorted(back) and back[-1] == len(text)


# --------------------------------------------------------------------------- documents


def _rich_document() -> Document:
    """A hand-built document with every kind of entity, phrases that change length included."""
    lines = [
        "优化软件项目的报告",
        "来源：人民日报 记者：王小明",
        "第一部分",
        "王小明说：“我们要优化鼠标和软件。”他表示，信息要打印。",
        "王局长认为，重庆的发展很快。",
    ]
    text = "\n".join(lines)

    def at(needle: str, start: int = 0) -> tuple[int, int]:
        i = text.index(needle, start)
        return i, i + len(needle)

    blocks = []
    pos = 0
    kinds = ["title", "meta", "heading", "paragraph", "paragraph"]
    for kind, line in zip(kinds, lines, strict=True):
        blocks.append(Block(kind, pos, pos + len(line), line, level=1 if kind == "heading" else 0))  # type: ignore[arg-type]
        pos += len(line) + 1
    h0, h1 = at("第一部分")
    s0, s1 = at("人民日报")
    a0, a1 = at("王小明")
    m1 = at("王小明", a1)
    m2 = at("他表示")
    m3 = at("王局长")
    r0, r1 = at("记者")
    q0, q1 = at("我们要优化鼠标和软件。")
    c0, c1 = at("王小明说", a1)
    q2 = at("信息要打印")
    i0, i1 = at("优化软件")
    person = Person(
        name="王小明",
        roles=(Role("记者", r0, r1),),
        mentions=(
            Mention(a0, a1, "王小明", "byline"),
            Mention(m1[0], m1[1], "王小明"),
            Mention(m2[0], m2[0] + 1, "他", "pronoun"),
            Mention(m3[0], m3[1], "王局长", "surname_title"),
        ),
    )
    return Document(
        text=text,
        title=blocks[0],
        blocks=tuple(blocks),
        sections=(Section("第一部分", h0, h1, len(text), 1),),
        meta=Meta(
            source="人民日报",
            author="王小明",
            credits=(Credit("source", "人民日报", s0, s1), Credit("author", "王小明", a0, a1)),
        ),
        people=(person,),
        quotes=(
            Quote("我们要优化鼠标和软件。", "direct", q0, q1, "王小明", c0, c1),
            Quote("信息要打印", "indirect", q2[0], q2[1], "王小明", m2[0], m2[1]),
        ),
        inlines=(Inline("strong", i0, i1, "优化软件"),),
    )


@pytest.mark.parametrize("target", [*CONVERTING, *OFFERED_CONFIGS, "s2tw", "t2tw", "hk2s"])
def test_every_entity_is_exact_in_every_script(target: str) -> None:
    doc = _rich_document()
    view = view_document(doc, target)
    new = view.document
    assert _assert_exact(new) == _assert_exact(doc)
    for kind, old, conv in _pairs(doc, new):
        assert view.offsets.to_converted(old.start) == conv.start, kind  # type: ignore[attr-defined]
        assert view.offsets.to_converted(old.end, "end") == conv.end, kind  # type: ignore[attr-defined]
    person = new.people[0]
    assert person.name == new.people[0].mentions[0].text
    assert all(q.speaker == person.name for q in new.quotes)
    assert new.meta.source == new.meta.credits[0].value
    assert new.meta.author == person.name
    assert new.title is not None and new.title is new.blocks[0]
    assert new.sections[0].body_end == len(new.text)
    for q, old_q in zip(new.quotes, doc.quotes, strict=True):
        assert (
            new.text[q.cue_start : q.cue_end]
            == view.document.text[
                view.offsets.to_converted(old_q.cue_start) : view.offsets.to_converted(old_q.cue_end, "end")
            ]
        )


def test_offsets_travel_between_scripts() -> None:
    doc = _rich_document()
    taiwan = view_document(doc, "taiwan")
    simplified = view_document(doc, "simplified")
    hongkong = view_document(doc, "hongkong")
    quote = doc.quotes[0]
    tw_quote = taiwan.document.quotes[0]
    assert map_offset(doc, "taiwan", quote.start) == tw_quote.start
    assert map_offset(doc, "taiwan", quote.end, "end") == tw_quote.end
    assert remap(tw_quote.start, taiwan, simplified) == simplified.document.quotes[0].start
    assert remap(tw_quote.end, taiwan, hongkong, "end") == hongkong.document.quotes[0].end
    for i, block in enumerate(taiwan.document.blocks):
        assert remap(block.start, taiwan, hongkong) == hongkong.document.blocks[i].start


def test_taiwan_phrases_change_lengths_and_offsets_follow() -> None:
    doc = _rich_document()
    new = convert_document(doc, "taiwan")
    assert len(new.text) != len(doc.text)
    assert new.title is not None and new.title.text == "最佳化軟體專案的報告"
    quote = new.quotes[0]
    assert quote.text == "我們要最佳化滑鼠和軟體。"
    assert new.inlines[0].text == "最佳化軟體"
    assert new.text == convert_text(doc.text, "s2twp")  # no entity boundary split a phrase here


def test_original_is_never_altered_and_original_is_the_document() -> None:
    doc = _rich_document()
    before = (doc.text, doc.blocks, doc.people, doc.quotes, doc.meta)
    for target in CONVERTING:
        convert_document(doc, target)
    assert (doc.text, doc.blocks, doc.people, doc.quotes, doc.meta) == before
    assert convert_document(doc, "original") is doc
    assert convert_document(doc, None) is doc


def test_conversions_are_cached_per_document_and_script() -> None:
    doc = _rich_document()
    first = view_document(doc, "taiwan")
    assert view_document(doc, "taiwan") is first
    assert view_document(doc, "hongkong") is not first
    other = _rich_document()
    assert view_document(other, "taiwan") is not first
    assert view_document(other, "taiwan").document == first.document


def test_unknown_configuration_is_a_reader_error() -> None:
    with pytest.raises(ReaderError):
        convert_document(_rich_document(), "martian")
    with pytest.raises(ReaderError):
        convert_document(Document(text=""), "martian")


@pytest.mark.parametrize("target", [*CONVERTING, "t2s"])
def test_empty_document_converts_to_an_empty_document(target: str) -> None:
    new = convert_document(Document(text=""), target)
    assert new.text == "" and new.blocks == ()


@pytest.mark.parametrize("target", CONVERTING)
def test_seed_converts_with_exact_offsets(target: str) -> None:
    doc = open_document(SEED)
    view = view_document(doc, target)
    new = view.document
    assert _assert_exact(new) > 20
    assert view.config is not None
    # Entity boundaries split no phrase in the seed: the text is what OpenCC gives for the whole.
    assert new.text == convert_text(doc.text, view.config)
    for _kind, old, conv in _pairs(doc, new):
        assert conv.text == convert_text(old.text, view.config)  # type: ignore[attr-defined]


def test_seed_in_simplified_has_the_expected_title() -> None:
    new = convert_document(open_document(SEED), "t2s")
    assert new.title is not None and new.title.text == "探寻让城市生活更美好秘笈"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from([*PIECES, "王", "李", "市長", "說", "表示", "：", "「", "」", "——"]), max_size=80
    )
)
def test_parsed_random_text_converts_with_exact_offsets(pieces: list[str]) -> None:
    from reader.analysis import analyse
    from reader.parsing import parse_text

    doc = analyse(parse_text("".join(pieces)))
    for target in CONVERTING:
        new = convert_document(doc, target)
        assert _assert_exact(new) == _assert_exact(doc)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=50).map("".join),
    st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), min_size=1, max_size=8),
)
def test_random_entity_spans_survive_every_script(text: str, spans: list[tuple[float, float]]) -> None:
    """Entities anywhere, even inside a phrase that changes length: the model stays valid."""
    cut = sorted((int(a * len(text)), int(b * len(text))) for a, b in spans)
    cut = [(min(a, b), max(a, b)) for a, b in cut]
    mentions = tuple(Mention(a, b, text[a:b]) for a, b in cut)
    name = mentions[0].text
    doc = Document(
        text=text,
        blocks=tuple(Block("paragraph", a, b, text[a:b]) for a, b in cut),
        people=tuple(
            Person(name=name, roles=(Role(text[a:b], a, b),), mentions=mentions) for a, b in cut[:1]
        ),
        quotes=tuple(Quote(text[a:b], "direct", a, b, name) for a, b in cut),
    )
    for target in [*CONVERTING, "s2tw"]:
        view = view_document(doc, target)
        new = view.document
        assert _assert_exact(new) == _assert_exact(doc)
        for _kind, old, conv in _pairs(doc, new):
            assert conv.start == view.offsets.to_converted(old.start)  # type: ignore[attr-defined]
        assert all(q.speaker == new.people[0].name for q in new.quotes)


# --------------------------------------------------------------------------- command line


def test_convert_command_writes_line_for_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "a.txt"
    source.write_text("重慶的發展\n\n軟件和鼠標\n", encoding="utf-8")
    assert main(["convert", "--config", "t2s", str(source)]) == 0
    assert capsys.readouterr().out == "重庆的发展\n\n软件和鼠标\n"
    assert main(["convert", "--config", "s2twp", str(source)]) == 0
    assert capsys.readouterr().out.split("\n") == ["重慶的發展", "", "軟體和滑鼠", ""]


def test_convert_command_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO("优化\r\n项目".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["convert", "--config", "s2twp", "-"]) == 0
    assert capsys.readouterr().out == "最佳化\n專案"


def test_convert_command_default_is_t2s(tmp_path: Path) -> None:
    source = tmp_path / "b.txt"
    source.write_text("臺灣", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "reader", "convert", str(source)], capture_output=True, cwd=ROOT
    )
    assert done.returncode == 0
    assert done.stdout.decode() == "台湾"


@pytest.mark.parametrize("args", [["--config", "nope"], ["--config", "t2s", "/no/such/file.txt"]])
def test_convert_command_errors_are_one_line(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and err.count("\n") == 1


def test_analyze_with_script_gives_converted_model(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(SEED), "--script", "t2s", "--json", "--paragraphs"]) == 0
    data = json.loads(capsys.readouterr().out)
    text = data["text"]
    assert data["title"] == "探寻让城市生活更美好秘笈"
    assert text == convert_text(SEED.read_text(encoding="utf-8").replace("\r\n", "\n"), "t2s")
    for quote in data["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
    for credit in data["credits"]:
        assert text[credit["start"] : credit["end"]] == credit["value"]
    for section in data["sections"]:
        assert text[section["start"] : section["end"]] == section["title"]
    assert data["meta"]["source"] == convert_text("漯河日報", "t2s")
