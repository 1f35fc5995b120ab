"""The plain-text parser: the seed, the dev corpus against its gold, and rule tests on our own sentences."""

from __future__ import annotations

import unicodedata

import pytest

from reader.documents import parse_path
from reader.model import Document
from reader.parsing import parse_text
from tests.conftest import CORPUS, SEED, corpus_articles, load_gold, needs_corpus

SEED_TITLE = "探尋讓城市生活更美好秘笈"
SEED_DECK = "——漯河市提升城鎮化發展質量與城市更新專題培訓側記"
SEED_SECTIONS = ["課堂教學 解培訓核心疑問", "現場觀摩 成功范例拓視野", "研討交流 學思踐悟明方向"]
BODY = "這是一段足夠長的正文，用來說明前面的標題確實帶著內容，而且句子裡有標點符號。"
QUOTE_MARKS = "“”‘’「」『』\"'"


def norm(text: str | None) -> str:
    """Width-folded and without quote marks at the ends, as the scorer compares."""
    if not text:
        return ""
    return unicodedata.normalize("NFKC", text).strip().strip(QUOTE_MARKS).strip()


def section_titles(doc: Document) -> list[str]:
    return [s.title for s in doc.sections]


def test_seed_title_deck_sections_and_credits() -> None:
    doc = parse_path(SEED)
    assert doc.title is not None and doc.title.text == SEED_TITLE
    assert doc.subtitle is not None and doc.subtitle.text == SEED_DECK
    assert section_titles(doc) == SEED_SECTIONS
    assert [s.level for s in doc.sections] == [1, 1, 1]
    assert doc.meta.source == "漯河日報"
    assert doc.meta.editor == "翟柯"
    # Sections follow each other and end where the credits start.
    ends = [s.body_end for s in doc.sections]
    assert ends[:2] == [doc.sections[1].start, doc.sections[2].start]
    assert doc.text[ends[2] :].strip().startswith("來源")
    kinds = [b.kind for b in doc.blocks]
    assert kinds[:2] == ["title", "deck"] and kinds[-2:] == ["meta", "meta"]


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("name", corpus_articles())
def test_corpus_article_matches_its_gold(name: str) -> None:
    gold = load_gold(name)
    doc = parse_path(CORPUS / "articles" / f"{name}.txt")
    assert norm(doc.title.text if doc.title else None) == norm(gold["title"])
    assert [norm(t) for t in section_titles(doc)] == [norm(t) for t in gold.get("sections", [])]
    for key in ("source", "editor", "author", "date"):
        expected = (gold.get("meta") or {}).get(key)
        if expected:
            assert norm(getattr(doc.meta, key)) == norm(expected), key


def test_numbered_headings_and_their_levels() -> None:
    lines = ["關於某項工作的通知", BODY, "一、總體要求", BODY, "（一）工作目標", BODY, "（二）基本原則", BODY]
    lines += ["1. 第一項任務", BODY, "二、主要任務", BODY, "第三章 附則", BODY, "【編者按】", BODY]
    doc = parse_text("\n".join(lines))
    found = {s.title: s.level for s in doc.sections}
    heads = ["一、總體要求", "（一）工作目標", "（二）基本原則", "1. 第一項任務", "二、主要任務"]
    assert list(found) == [*heads, "第三章 附則", "【編者按】"]
    assert found["一、總體要求"] == found["二、主要任務"]
    assert found["一、總體要求"] < found["（一）工作目標"] == found["（二）基本原則"] < found["1. 第一項任務"]
    assert found["第三章 附則"] < found["一、總體要求"]
    assert {b.kind for b in doc.blocks if b.text in found} == {"heading"}


def test_plain_heading_needs_body_text_after_it() -> None:
    doc = parse_text("\n".join(["標題", BODY, "課堂教學 解核心疑問", BODY, "現場觀摩 拓寬視野", BODY]))
    assert section_titles(doc) == ["課堂教學 解核心疑問", "現場觀摩 拓寬視野"]


@pytest.mark.parametrize(
    "short",
    [
        ["他笑了笑。"],  # a sentence, however short
        ["大家都很高興", "也很激動"],  # a run of short lines is a list or a poem
        ["一、這是一個完整的句子，不是標題。還有第二句。"],  # numbered, but a sentence
    ],
)
def test_short_body_lines_are_not_headings(short: list[str]) -> None:
    doc = parse_text("\n".join(["標題", BODY, *short, BODY]))
    assert doc.sections == ()
    assert {b.kind for b in doc.blocks if b.text in short} == {"paragraph"}


def test_title_with_deck_on_the_same_line_and_on_its_own_line() -> None:
    same = parse_text(f"春天的故事 ——一座小城的變化\n{BODY}")
    assert same.title is not None and same.title.text == "春天的故事"
    assert same.subtitle is not None and same.subtitle.text == "——一座小城的變化"
    own = parse_text(f"春天的故事\n——一座小城的變化\n{BODY}")
    assert own.title is not None and own.title.text == "春天的故事"
    assert own.subtitle is not None and own.subtitle.text == "——一座小城的變化"


@pytest.mark.parametrize(
    ("credits", "expected"),
    [
        ("來源：某某日報\n責編：李某", {"source": "某某日報", "editor": "李某"}),
        ("來源:某某日報\n責編:李某", {"source": "某某日報", "editor": "李某"}),
        ("来源：某某日报\n责编：李某", {"source": "某某日报", "editor": "李某"}),
        ("来源:某某日报\n编辑:赵某", {"source": "某某日报", "editor": "赵某"}),
        ("編輯：趙某", {"editor": "趙某"}),
        ("記者：張三\n通訊員：李四", {"author": "張三"}),
        ("记者:张三", {"author": "张三"}),
        ("通讯员：李四", {"author": "李四"}),
        ("作者：王五", {"author": "王五"}),
        ("發佈日期：2025-10-30", {"date": "2025-10-30"}),
        ("2025年10月30日　來源：某報", {"date": "2025年10月30日", "source": "某報"}),
        ("发布时间：2025年10月30日", {"date": "2025年10月30日"}),
    ],
)
def test_credits_at_the_end_in_both_scripts(credits: str, expected: dict[str, str]) -> None:
    doc = parse_text(f"標題\n{BODY}\n{credits}")
    got = {k: v for k, v in doc.meta.as_dict().items() if v is not None}
    assert got == expected
    for credit in doc.meta.credits:
        assert doc.text[credit.start : credit.end] == credit.value


def test_credits_under_the_title() -> None:
    doc = parse_text(f"標題\n2025-10-30 08:00　來源：某某網\n{BODY}\n{BODY}")
    assert doc.meta.source == "某某網"
    assert doc.meta.date == "2025-10-30 08:00"
    assert [b.kind for b in doc.blocks] == ["title", "meta", "paragraph", "paragraph"]


def test_wire_lead_gives_place_date_author_and_source() -> None:
    doc = parse_text(f"標題\n新华社北京10月30日电（记者 王某）{BODY}\n{BODY}")
    assert doc.meta.source == "新华社"
    assert doc.meta.place == "北京"
    assert doc.meta.date == "10月30日"
    assert doc.meta.author == "王某"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("本报记者 王晓明 通讯员 李华", "王晓明"),
        ("本報記者 林志遠　實習生 周雅", "林志遠"),
        ("记者 赵一鸣 邓可", "赵一鸣"),
    ],
)
def test_byline_line_under_the_title_is_a_credit_never_a_heading(byline: str, author: str) -> None:
    doc = parse_text(f"標題\n{byline}\n{BODY}\n{BODY}")
    assert doc.meta.author == author
    assert doc.sections == ()
    assert [b.kind for b in doc.blocks] == ["title", "meta", "paragraph", "paragraph"]


def test_a_reporters_note_heading_is_not_a_byline() -> None:
    doc = parse_text(f"標題\n{BODY}\n記者手記\n{BODY}{BODY}")
    assert section_titles(doc) == ["記者手記"]
    assert doc.meta.author is None


@pytest.mark.parametrize(
    ("lead", "author"),
    [
        ("（记者 孙可）", "孙可"),
        ("本报讯（记者 高原野）", "高原野"),
        ("〔記者林美玲／花蓮報導〕", "林美玲"),
        ("(記者黃國棟/基隆報導)", "黃國棟"),
    ],
)
def test_reporter_in_brackets_opening_the_first_paragraph(lead: str, author: str) -> None:
    doc = parse_text(f"標題\n{lead}{BODY}\n{BODY}")
    assert doc.meta.author == author
    for credit in doc.meta.credits:
        assert doc.text[credit.start : credit.end] == credit.value


def test_own_paper_dateline_gives_the_author_but_no_source() -> None:
    doc = parse_text(f"標題\n本报上海5月2日电（记者 鲁一帆）{BODY}\n{BODY}")
    assert doc.meta.author == "鲁一帆"
    assert doc.meta.source is None
    assert doc.meta.date == "5月2日"


def test_contributing_desk_alone_on_the_last_line() -> None:
    doc = parse_text(f"標題\n{BODY}\n{BODY}\n（區環保局供稿）")
    assert doc.meta.author == "區環保局"
    doc = parse_text(f"標題\n{BODY}\n{BODY}\n（待續）")
    assert doc.meta.author is None


def test_interview_label_with_roles_joined_by_a_comma() -> None:
    label = "省商务厅副厅长，省外贸协会会长周立群："
    doc = parse_text(f"標題\n{BODY}\n{label}\n{BODY}")
    assert section_titles(doc) == [label]
    sentence = "今天天气很好，我们一起去公园散步："
    doc = parse_text(f"標題\n{BODY}\n{sentence}\n{BODY}")
    assert section_titles(doc) == []


def test_a_body_sentence_mentioning_a_source_is_not_a_credit() -> None:
    doc = parse_text(f"標題\n{BODY}\n他說這個消息的來源：一位不願具名的朋友，後來證實並不可靠。")
    assert doc.meta.source is None


def test_offsets_hold_with_indentation_and_blank_lines() -> None:
    text = "\ufeff  標題  \n\n\u3000\u3000" + BODY + "\n\n   一、總體要求\n" + BODY + "\n\t來源：某報 \n"
    doc = parse_text(text)
    assert doc.title is not None and doc.title.text == "標題"
    for _kind, entity in doc.entities():
        assert doc.text[entity.start : entity.end] == entity.text
    assert section_titles(doc) == ["一、總體要求"]
    assert doc.meta.source == "某報"


def test_empty_text() -> None:
    doc = parse_text("")
    assert doc.title is None and doc.blocks == () and doc.sections == ()
