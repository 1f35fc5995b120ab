"""Markdown articles: Python-Markdown's tree to title, deck, sections, blocks, inlines and credits."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.documents import parse_path
from reader.markdown_parsing import parse_markdown
from reader.model import Document

ARTICLE = """# 河邊的早市 ——一位攤主的三十年

天剛亮，早市就*熱鬧*起來了。賣豆腐的、賣青菜的，
沿著河邊一字排開，見[鎮上的網站](https://example.org/market?a=1&amp;b=2)。

## 攤主的回憶

> 「那時候路還是土路，一下雨全是泥。」
>
> 劉大爺說。

- 豆腐 **三元**
- 青菜 `兩元`

### 付款方式

過去收的都是零錢，如今掃一掃就行。

## 年輕人回鄉

二十八歲的小王在外地打工多年，去年回鄉開了一家麵館。

來源：鎮文化站
責編：王某
"""


def check_offsets(doc: Document) -> None:
    for _kind, entity in doc.entities():
        assert doc.text[entity.start : entity.end] == entity.text


@pytest.fixture(scope="module")
def article() -> Document:
    return parse_markdown(ARTICLE)


def test_title_and_deck_from_the_first_h1(article: Document) -> None:
    assert article.title is not None and article.title.text == "河邊的早市"
    assert article.subtitle is not None and article.subtitle.text == "——一位攤主的三十年"
    assert article.source_format == "markdown"


def test_sections_from_headings_with_relative_levels(article: Document) -> None:
    assert [(s.title, s.level) for s in article.sections] == [
        ("攤主的回憶", 1),
        ("付款方式", 2),
        ("年輕人回鄉", 1),
    ]
    first, sub, second = article.sections
    assert first.body_end == second.start
    assert sub.body_end == second.start
    assert article.text[second.body_end :].lstrip().startswith("來源")


def test_text_is_rendered_plain_text_one_block_a_line(article: Document) -> None:
    text = article.text
    assert "#" not in text and "*" not in text and "](" not in text and ">" not in text
    assert text.split("\n")[0] == "河邊的早市 ——一位攤主的三十年"
    # The soft line break between two ideographs is joined, as a reader sees it.
    assert "賣青菜的，沿著河邊" in text
    for block in article.blocks:
        assert text[block.start : block.end] == block.text
    check_offsets(article)


def test_block_kinds(article: Document) -> None:
    kinds = {b.text: b.kind for b in article.blocks}
    assert kinds["「那時候路還是土路，一下雨全是泥。」"] == "quote"
    assert kinds["劉大爺說。"] == "quote"
    assert kinds["豆腐 三元"] == "list"
    assert kinds["付款方式"] == "heading"
    assert kinds["來源：鎮文化站 責編：王某"] == "meta"
    assert [b.level for b in article.blocks if b.kind == "heading"] == [1, 2, 1]


def test_inline_emphasis_links_and_code(article: Document) -> None:
    found = [(i.kind, i.text, i.href) for i in article.inlines]
    assert found == [
        ("em", "熱鬧", ""),
        ("link", "鎮上的網站", "https://example.org/market?a=1&b=2"),
        ("strong", "三元", ""),
        ("code", "兩元", ""),
    ]
    check_offsets(article)


def test_credits_at_the_end(article: Document) -> None:
    assert article.meta.source == "鎮文化站"
    assert article.meta.editor == "王某"


def test_raw_html_stays_text_and_no_placeholder_leaks() -> None:
    source = (
        "# 標題\n\n"
        '<script>alert("x")</script>\n\n'
        '<div class="x">塊 <b>粗</b></div>\n\n'
        '正文 <img src="http://127.0.0.1:9/p.png" onerror="x()"> &amp; &lt;b&gt; &copy; \\* 星號\n\n'
        "`<code> & more`\n\n"
        "    <pre> &amp; </pre>\n\n"
        "<a@example.com>\n"
    )
    doc = parse_markdown(source)
    text = doc.text
    assert '<script>alert("x")</script>' in text
    assert '<div class="x">塊 <b>粗</b></div>' in text
    assert '<img src="http://127.0.0.1:9/p.png" onerror="x()">' in text
    assert "& <b> © * 星號" in text
    assert "<code> & more" in text
    assert "<pre> &amp; </pre>" in text  # code is shown exactly as written
    assert "a@example.com" in text
    assert not any(ch in text for ch in "\x02\x03")
    link = next(i for i in doc.inlines if i.kind == "link")
    assert link.href == "mailto:a@example.com"
    check_offsets(doc)


def test_markdown_syntax_is_read_by_markdown_not_by_line_patterns() -> None:
    doc = parse_markdown("標題\n===\n\n    # 這是程式碼，不是標題\n\n小節\n---\n\n正文一段。\n")
    assert doc.title is not None and doc.title.text == "標題"
    assert [s.title for s in doc.sections] == ["小節"]
    code = [b for b in doc.blocks if b.kind == "code"]
    assert [b.text for b in code] == ["# 這是程式碼，不是標題"]


def test_title_without_h1_is_the_first_heading_and_levels_are_relative() -> None:
    doc = parse_markdown("## 標題\n\n正文。\n\n### 一節\n\n正文。\n\n#### 小節\n\n正文。\n")
    assert doc.title is not None and doc.title.text == "標題"
    assert [(s.title, s.level) for s in doc.sections] == [("一節", 1), ("小節", 2)]


def test_deck_on_its_own_line_after_the_title() -> None:
    doc = parse_markdown("# 標題\n\n——副標題在這裡\n\n正文一段。\n")
    assert doc.subtitle is not None and doc.subtitle.text == "——副標題在這裡"
    assert [b.kind for b in doc.blocks] == ["title", "deck", "paragraph"]


def test_nested_emphasis_and_hard_breaks() -> None:
    doc = parse_markdown("# 題\n\n***粗斜***體與 **粗*斜*粗**  \n下一行\n")
    kinds = sorted((i.kind, i.text) for i in doc.inlines)
    assert ("em", "斜") in kinds and ("strong", "粗斜粗") in kinds
    assert ("em", "粗斜") in kinds and ("strong", "粗斜") in kinds
    para = next(b for b in doc.blocks if b.kind == "paragraph")
    assert para.text.endswith("粗斜粗\n下一行")
    check_offsets(doc)


def test_wire_lead_in_markdown() -> None:
    doc = parse_markdown("# 標題\n\n新华社北京10月30日电（记者 王某）今天，天氣晴朗。\n")
    assert (doc.meta.source, doc.meta.place, doc.meta.date, doc.meta.author) == (
        "新华社",
        "北京",
        "10月30日",
        "王某",
    )


def test_empty_and_blank_markdown() -> None:
    for source in ("", "\n\n", "   \n", "---\n"):
        doc = parse_markdown(source)
        assert doc.text == "" and doc.title is None and doc.blocks == ()


def test_md_files_go_through_the_markdown_parser(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = parse_path(path)
    assert doc.source_format == "markdown"
    assert doc.title is not None and doc.title.text == "河邊的早市"


def test_deep_quotes_render_the_same_however_deep_the_caller_is() -> None:
    import sys

    from reader.markdown_parsing import MAX_QUOTE_DEPTH

    source = "# 標題\n\n" + ">" * 3000 + " 很深的引文\n"
    shallow = parse_markdown(source).text

    def nested(depth: int) -> str:
        return nested(depth - 1) if depth else parse_markdown(source).text

    deep = nested(sys.getrecursionlimit() // 3)
    assert deep == shallow
    assert shallow.endswith(">" * (3000 - MAX_QUOTE_DEPTH) + " 很深的引文")
