"""Regenerate ``reader/resources/translations/reader_{zh_CN,zh_TW}.ts`` and compile the ``.qm``.

Run from the checkout: ``.venv/bin/python resources/update_translations.py``.

Source strings come from two places: ``self.tr(...)`` / ``QCoreApplication.translate(...)``
calls found by ``pyside6-lupdate``, and the action and menu tables (reader.ui.actions,
reader.ui.comforts, reader.script, reader.ui.accessibility), whose labels are data and are
translated at run time under the contexts ``Menus``, ``Actions``, ``Scripts``, ``Docks`` and
``Accessibility``. Simplified Chinese is written
here by hand; Traditional Chinese (Taiwan) is derived from it with OpenCC ``s2twp`` plus the
few interface words where Taiwan's usage differs from a character conversion. Strings with no
translation yet stay ``unfinished`` (Qt then shows the English) and are listed on stdout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "reader" / "resources" / "translations"
BIN = Path(sys.executable).parent

ZH_CN: dict[str, str] = {
    # menus
    "&File": "文件(&F)",
    "&Edit": "编辑(&E)",
    "&View": "视图(&V)",
    "&Script": "繁简(&S)",
    "&Help": "帮助(&H)",
    "Open &Recent": "最近打开(&R)",
    "&Theme": "主题(&T)",
    "&Language": "语言(&L)",
    "&Highlights": "标注(&H)",
    # actions of the main window
    "&Open…": "打开(&O)…",
    "Open an article (.txt or .md)": "打开文章（.txt 或 .md）",
    "&Cancel Analysis": "取消分析(&C)",
    "Stop finding people and quotes in a large file": "停止在大文件中查找人物和引语",
    "&Export Quotes…": "导出引语(&E)…",
    "Save the quotes and your highlights as Markdown, HTML, CSV or JSON":
        "将引语和你的标注保存为 Markdown、HTML、CSV 或 JSON",
    "&Quit": "退出(&Q)",
    "&Undo": "撤销(&U)",
    "&Redo": "重做(&R)",
    "&Find…": "查找(&F)…",
    "Search in the article": "在文章中搜索",
    "Find &Next": "查找下一个(&N)",
    "Find &Previous": "查找上一个(&P)",
    "&Highlight…": "标注(&H)…",
    "Highlight the selected text with a colour and a note": "用颜色和笔记标注所选文字",
    "&Next Script": "下一种字形(&N)",
    "Cycle through the scripts": "依次切换简繁字形",
    # comforts
    "&Clear Recent Files": "清除最近文件(&C)",
    "Save as &PDF…": "另存为 PDF(&P)…",
    "Save the article as shown, with its highlights, as a PDF file":
        "将当前显示的文章（含标注）保存为 PDF 文件",
    "&Print…": "打印(&P)…",
    "Print the article as shown, with its highlights": "打印当前显示的文章（含标注）",
    "Zoom &In": "放大(&I)",
    "Larger text": "放大文字",
    "Zoom &Out": "缩小(&O)",
    "Smaller text": "缩小文字",
    "&Actual Size": "实际大小(&A)",
    "Text at its normal size": "文字恢复正常大小",
    "&Font…": "字体(&F)…",
    "Choose the article's font": "选择文章字体",
    "F&ull Screen": "全屏(&U)",
    "Follow &System": "跟随系统(&S)",
    "&Light": "浅色(&L)",
    "&Dark": "深色(&D)",
    "&Sepia": "棕褐色(&S)",
    "&Keyboard Shortcuts": "键盘快捷键(&K)",
    "Every action and its keys": "所有操作及其按键",
    "&About Reader": "关于阅读器(&A)",
    "Version and licences of Reader and its components": "阅读器及其组件的版本与许可证",
    "Original": "原文",
    "Show the article in {0}": "以{0}显示文章",
    "Text size: {0} pt": "文字大小：{0} 磅",
    "Article Font": "文章字体",
    "Save as PDF": "另存为 PDF",
    "PDF files (*.pdf)": "PDF 文件 (*.pdf)",
    "Cannot save PDF": "无法保存 PDF",
    "Saved {0}": "已保存 {0}",
    # dialogs
    "About Reader": "关于阅读器",
    "Reader logo": "阅读器标志",
    "A desktop reader for Chinese news articles: people, quotes, script conversion, search and export.":
        "中文新闻文章桌面阅读器：人物、引语、繁简转换、搜索与导出。",
    "Components and licences": "组件与许可证",
    "Component": "组件",
    "Version": "版本",
    "Licence": "许可证",
    "Keyboard Shortcuts": "键盘快捷键",
    "Filter actions or keys": "筛选操作或按键",
    "Filter shortcuts": "筛选快捷键",
    "Keyboard shortcuts": "键盘快捷键",
    "Action": "操作",
    "Shortcut": "快捷键",
    "Other": "其他",
    "Print Article": "打印文章",
    # find bar and search results
    "Find:": "查找：",
    "Search (Enter: next, Shift+Enter: previous, Esc: close)":
        "搜索（Enter：下一个，Shift+Enter：上一个，Esc：关闭）",
    "Find — 重庆 also finds 重慶": "查找——“重庆”也能找到“重慶”",
    "Find in article": "在文章中查找",
    "Regex": "正则",
    "The query is a regular expression": "查询内容是正则表达式",
    "Exact": "精确",
    "Match exact characters: no script, width or case folding": "精确匹配字符：不折叠简繁、全半角或大小写",
    "Matches": "匹配项",
    "Previous match (Shift+Enter, Shift+F3)": "上一个匹配项（Shift+Enter、Shift+F3）",
    "Next match (Enter, F3)": "下一个匹配项（Enter、F3）",
    "Close (Esc)": "关闭（Esc）",
    "Earlier searches are in the list": "列表中有以前搜索过的内容",
    "Regular expression": "正则表达式",
    "Exact characters": "精确字符",
    "Previous match": "上一个匹配项",
    "Next match": "下一个匹配项",
    "Close the find bar": "关闭查找栏",
    "no matches": "无匹配",
    "Wrapped to the top": "已回到开头",
    "Wrapped to the bottom": "已回到末尾",
    "(before the first section)": "（第一节之前）",
    "Type in the find bar (Ctrl+F or /) to search.": "在查找栏（Ctrl+F 或 /）中输入以搜索。",
    "No matches for “{0}”.": "没有找到“{0}”。",
    "{0} matches for “{1}”.": "“{1}”共有 {0} 处匹配。",
    # main window
    "Cancel": "取消",
    "Open Article": "打开文章",
    "Articles (*.txt *.md *.markdown);;Text (*.txt);;Markdown (*.md *.markdown);;All files (*)":
        "文章 (*.txt *.md *.markdown);;文本 (*.txt);;Markdown (*.md *.markdown);;所有文件 (*)",
    "Cannot open {0}": "无法打开 {0}",
    "{0} characters · {1} sections · about {2} min read": "{0} 字 · {1} 节 · 约需阅读 {2} 分钟",
    "People and quotes could not be found:": "未能找出人物和引语：",
    "Analysis failed": "分析失败",
    "Finding people and quotes…": "正在查找人物和引语…",
    "People and quotes not analysed": "未分析人物和引语",
    "Analysis cancelled": "分析已取消",
    "Only web links open: {0}": "只打开网页链接：{0}",
    "This article has no text.": "这篇文章没有文字。",
    "People and quotes unavailable": "人物和引语不可用",
    "{0} people · {1} quotes": "{0} 位人物 · {1} 条引语",
    "Cannot convert": "无法转换",
    # toolbar
    " Script: ": " 字形：",
    "Show the article in another script (F8 cycles, Ctrl+Alt+0…4)":
        "以另一种字形显示文章（F8 依次切换，Ctrl+Alt+0…4）",
    "Main": "主工具栏",
    "Opening {0}…": "正在打开 {0}…",
    "Reading the file…": "正在读取文件…",
    "Finding paragraphs and sections…": "正在查找段落和章节…",
    "Typesetting…": "正在排版…",
    # accessible names and descriptions of the window's own widgets (reader.ui.accessibility)
    "Article": "文章",
    "The article in the chosen script; select text to highlight it": "以所选字形显示的文章；选择文字即可标注",
    "Script": "字形",
    "Show the article in another script (F8 cycles)": "以另一种字形显示文章（F8 依次切换）",
    "Sections": "章节",
    "The article's headings: choose one to go there": "文章的各级标题：选择一个即可跳转到那里",
    "Search results": "搜索结果",
    "Every match of the find bar's query: choose one to go there":
        "查找栏中查询的所有匹配项：选择一个即可跳转到那里",
    "Cancel analysis": "取消分析",
    "Article length": "文章长度",
    "Analysis status": "分析状态",
    "Panels": "面板",
    "Choose which of the tabbed panels is shown": "选择显示哪一个标签页面板",
    # docks
    "Outline": "大纲",
    "Search Results": "搜索结果",
    "People": "人物",
    "Quotes": "引语",
    "Highlights": "标注",
}
"""English source → Simplified Chinese (mainland interface conventions)."""

sys.path.insert(0, str(Path(__file__).resolve().parent))
from translations_annotations import ZH_CN_ANNOTATIONS  # noqa: E402 (people, quotes, highlights, export)

ZH_CN.update(ZH_CN_ANNOTATIONS)

TW_WORDS: dict[str, str] = {
    "幫助": "說明",
    "快捷鍵": "快速鍵",
    "全屏": "全螢幕",
    "撤銷": "復原",
    "查詢": "尋找",
    "退出": "結束",
    "許可證": "授權",
    "磅": "點",
    "當前": "目前",
    "“": "「",
    "”": "」",
}
"""Taiwan interface words (and quotation marks) that differ from a conversion by s2twp."""

ZH_TW_OVERRIDES: dict[str, str] = {
    "Find — 重庆 also finds 重慶": "尋找——「重慶」也能找到「重庆」",
    "Articles (*.txt *.md *.markdown);;Text (*.txt);;Markdown (*.md *.markdown);;All files (*)":
        "文章 (*.txt *.md *.markdown);;純文字 (*.txt);;Markdown (*.md *.markdown);;所有檔案 (*)",
}
"""Whole strings where converting the Simplified text would spoil it (an example of both scripts)."""


def dynamic_messages() -> list[tuple[str, str]]:
    """(context, source) for labels that live in tables and are translated at run time."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from reader.ui.actions import ACTION_SPECS, MENUS, SCRIPT_CHOICES
    from reader.ui.comforts import COMFORT_SPECS, SUBMENUS, TRANSLATED_LABELS

    found: list[tuple[str, str]] = [("Menus", label) for _key, label in MENUS]
    found += [("Menus", label) for _key, _parent, label in SUBMENUS]
    for spec in (*ACTION_SPECS, *COMFORT_SPECS):
        if spec.name.startswith("language_") and spec.text not in TRANSLATED_LABELS:
            continue  # language names are shown in their own language
        found.append(("Actions", spec.text))
        if spec.tip:
            found.append(("Actions", spec.tip))
    found.append(("Actions", "Show the article in {0}"))
    from reader.ui.main_window import FILE_FILTER

    found.append(("MainWindow", FILE_FILTER))  # a constant: lupdate does not see self.tr(FILE_FILTER)
    found += [("Scripts", label) for _key, label in SCRIPT_CHOICES if label.isascii()]
    docks, toolbar = window_texts()
    found += [("Docks", title) for title in docks]
    found += [("Toolbar", text) for text in toolbar]
    from reader.ui.accessibility import CONTEXT, source_strings

    found += [(CONTEXT, text) for text in source_strings()]
    return found


def window_texts() -> tuple[list[str], list[str]]:
    """The English titles of the main window's docks, and the toolbar's texts (the script label,
    its box's tooltip, the toolbar's title), read from an English window built offscreen."""
    from PySide6.QtWidgets import QApplication, QDockWidget, QLabel

    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(Path(tmp) / "reader.ini")
        settings.language = "en"
        window = MainWindow(settings)
        titles = [dock.windowTitle() for dock in window.findChildren(QDockWidget)]
        label = window.findChild(QLabel, "script_label")
        toolbar = [label.text() if label is not None else "", window.script_combo.toolTip(),
                   window.toolbar.windowTitle()]
        window.deleteLater()
    del app
    return titles, [text for text in toolbar if text]


def lupdate_messages() -> list[tuple[str, str]]:
    """(context, source) of every tr()/translate() call with literal strings under reader/ui."""
    sources = sorted(str(p) for p in (ROOT / "reader" / "ui").glob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "scan.ts"
        subprocess.run(
            [str(BIN / "pyside6-lupdate"), *sources, "-locations", "none", "-ts", str(ts)],
            check=True, capture_output=True,
        )
        tree = ET.parse(ts)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or ""))
    return found


def write_ts(language: str, messages: list[tuple[str, str]], translate: dict[str, str]) -> list[str]:
    """Write one .ts file; returns the sources left unfinished."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    missing = []
    by_context: dict[str, list[str]] = {}
    for context, source in messages:
        if source and source not in by_context.setdefault(context, []):
            by_context[context].append(source)
    for context in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source in by_context[context]:
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = source
            text = translate.get(source)
            node = ET.SubElement(message, "translation")
            if text:
                node.text = text
            else:
                node.set("type", "unfinished")
                missing.append(f"{context}: {source}")
    ET.indent(root)
    path = OUT / f"reader_{language}.ts"
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(path), "-qm", str(path.with_suffix(".qm"))],
        check=True, capture_output=True,
    )
    return missing


def taiwan(simplified: dict[str, str]) -> dict[str, str]:
    """Traditional Chinese for Taiwan from the Simplified strings."""
    import opencc

    converter = opencc.OpenCC("s2twp")
    result = {}
    for source, text in simplified.items():
        converted = converter.convert(text)
        for mainland, local in TW_WORDS.items():
            converted = converted.replace(mainland, local)
        result[source] = converted
    result.update(ZH_TW_OVERRIDES)
    return result


def main() -> int:
    messages = lupdate_messages() + dynamic_messages()
    OUT.mkdir(parents=True, exist_ok=True)
    for language, table in (("zh_CN", ZH_CN), ("zh_TW", taiwan(ZH_CN))):
        missing = write_ts(language, messages, table)
        print(f"{language}: {len(set(messages)) - len(missing)} translated, {len(missing)} unfinished")
        for item in missing:
            print(f"  unfinished: {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
