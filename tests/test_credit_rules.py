"""Credit rules for bylines in brackets and agency datelines, on sentences of our own."""

from __future__ import annotations

import pytest

from reader.analysis import analyse
from reader.credits import bracketed_byline
from reader.parsing import parse_text

BODY = "這是一段足夠長的正文，用來說明前面的標題確實帶著內容，而且句子裡有標點符號。"


def test_reporters_in_brackets_on_their_own_line_are_the_author_not_remarks() -> None:
    remarks = "交通局局长刘建国：\n我们今年新修道路三十公里，明年还要再修。"
    text = f"标题\n{BODY}\n{remarks}\n（记者 陈一 宋平）\n责任编辑：何某"
    doc = analyse(parse_text(text))
    assert doc.meta.author == "陈一 宋平"
    assert doc.meta.editor == "何某"
    assert [b.kind for b in doc.blocks][-2:] == ["meta", "meta"]
    assert [q.text for q in doc.quotes] == ["我们今年新修道路三十公里，明年还要再修。"]
    assert {p.name for p in doc.people} == {"刘建国"}


@pytest.mark.parametrize(
    ("ending", "author"),
    [
        ("镇里开了会，会议要求做好工作。（撰稿：温丽）", "温丽"),
        ("镇里开了会，会议要求做好工作。（文/温丽）", "温丽"),
        ("镇里开了会，会议要求做好工作。（通讯员 温丽）", "温丽"),
        ("镇里开了会，会议要求做好工作。（记者 温丽）", "温丽"),
    ],
)
def test_a_labelled_credit_closing_the_last_paragraph(ending: str, author: str) -> None:
    doc = parse_text(f"标题\n{BODY}\n{ending}")
    assert doc.meta.author == author
    assert [c.key for c in doc.meta.credits] == ["author"]
    for credit in doc.meta.credits:
        assert doc.text[credit.start : credit.end] == credit.value


def test_brackets_that_name_no_reporter_are_no_byline() -> None:
    assert parse_text(f"标题\n{BODY}\n会上通报了情况。（文化部）").meta.author == "文化部"
    assert parse_text(f"标题\n{BODY}\n会上通报了情况。（记者之家）").meta.author == "记者之家"
    assert parse_text(f"标题\n{BODY}\n会上通报了情况。（文化宫）\n{BODY}").meta.author is None


@pytest.mark.parametrize(
    ("lead", "author"),
    [
        ("（中央社記者林大同東京6日綜合外電報導）", "林大同"),
        ("（中央社記者林大同東京6日電）", "林大同"),
        ("（中央社記者林大同東京6日專電）", "林大同"),
        ("（中央社東京6日綜合外電報導）", None),
        ("（中央社東京6日報導）", None),
    ],
)
def test_every_kind_of_agency_dateline(lead: str, author: str | None) -> None:
    doc = parse_text(f"標題\n{lead}日本今天下雪，交通受到影響。\n{BODY}")
    assert doc.meta.source == "中央社"
    assert doc.meta.author == author
    assert doc.meta.place == "東京"
    assert doc.meta.date == "6日"


def test_a_paragraph_ending_in_a_byline_stays_a_paragraph() -> None:
    body = "（一）我们今年新修道路三十公里，明年还要再修。（记者 陈一）"
    doc = parse_text(f"标题\n{BODY}\n{body}\n（二）{BODY}")
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "paragraph", "paragraph"]
    doc = parse_text(f"标题\n{BODY}\n（记者 陈一）\n（二）{BODY}")
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "meta", "paragraph"]
    assert doc.meta.author == "陈一"


@pytest.mark.parametrize(
    ("line", "source", "date"),
    [
        ("原创 2024-03-02 09:30 来源：某某晚报", "某某晚报", "2024-03-02 09:30"),
        ("转载 2024年3月2日 来源：某某晚报", "某某晚报", "2024年3月2日"),
        ("發布時間：2024-03-02 來源：某某晚報", "某某晚報", "2024-03-02"),
    ],
)
def test_a_labelled_date_and_source_under_the_title_is_a_meta_line(line: str, source: str, date: str) -> None:
    doc = parse_text(f"青年返乡种茶记\n{line}\n{BODY}\n")
    assert [b.kind for b in doc.blocks] == ["title", "meta", "paragraph"]
    assert (doc.meta.source, doc.meta.date) == (source, date)


def test_a_date_and_source_inside_a_sentence_stay_in_the_paragraph() -> None:
    doc = parse_text("青年返乡种茶记\n山上茶园一片翠绿，2024年3月2日来源：某处，大家都说好。\n" + BODY)
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "paragraph"]
    assert doc.meta.source is None


def test_an_outlets_reporter_in_closing_brackets_is_the_author_without_the_outlet() -> None:
    doc = analyse(parse_text(f"青年返乡种茶记\n{BODY}\n（晚报记者 韦一帆）\n责任编辑：林木_AB1234"))
    assert (doc.meta.author, doc.meta.editor) == ("韦一帆", "林木")
    assert [b.kind for b in doc.blocks][-2:] == ["meta", "meta"]
    assert not doc.people
    doc = analyse(parse_text(f"标题\n{BODY}镇里开了会。（某某日報記者 韋一帆、覃小明）"))
    assert doc.meta.author == "韋一帆、覃小明"
    # an outlet-like word with no reporter's name after it is still no byline
    assert bracketed_byline("（晚报记者节特刊）") == []
    assert bracketed_byline("（晚报记者 韦一帆）") == [("author", 6, 9)]
