"""Simplified Chinese for the people, quotes, highlights and export texts (reader/ui/annotations & co.).

Merged into ``update_translations.ZH_CN`` by that script, which derives Taiwan's Traditional
Chinese from it and writes the .ts/.qm files; kept apart so the two tables can grow without
editing each other. Words follow the main table: highlight = 标注, quote = 引语, person = 人物.
"""

from __future__ import annotations

ZH_CN_ANNOTATIONS: dict[str, str] = {
    # article view
    "Select some text to highlight it.": "请先选择要标注的文字。",
    "Edit Highlight “{0}”…": "编辑标注“{0}”…",
    "Remove Highlight “{0}”": "删除标注“{0}”",
    "Highlights": "标注",
    "Exported to {0}": "已导出到 {0}",
    # highlight colours
    "Yellow": "黄色",
    "Green": "绿色",
    "Blue": "蓝色",
    "Pink": "粉色",
    "Orange": "橙色",
    "Purple": "紫色",
    # export dialog
    "Export Quotes": "导出引语",
    "Include": "包括",
    "Speech in quotation marks ({0})": "引号内的直接引语（{0}）",
    "Reported speech ({0})": "间接引语（{0}）",
    "Quoted terms ({0})": "引号内的术语（{0}）",
    "Your highlights and notes ({0})": "你的标注和笔记（{0}）",
    "Select text in the article and press Ctrl+H to make highlights.": (
        "在文章中选择文字并按 Ctrl+H 即可标注。"
    ),
    "Markdown": "Markdown",
    "HTML page": "HTML 网页",
    "CSV (spreadsheets)": "CSV（电子表格）",
    "JSON": "JSON",
    "Format:": "格式：",
    "Script:": "字形：",
    "By section": "按章节",
    "By speaker": "按说话人",
    "Group:": "分组：",
    "Save…": "保存…",
    "People and quotes have not been found yet (analysis is running or was cancelled): "
    "only your highlights can be exported now.": (
        "尚未找到人物和引语（分析仍在进行或已取消）：目前只能导出你的标注。"
    ),
    "Preview (exactly what will be saved):": "预览（即将保存的内容）：",
    "{0} bytes in UTF-8 with a BOM": "{0} 字节，UTF-8 编码，带 BOM",
    "{0} bytes in UTF-8": "{0} 字节，UTF-8 编码",
    "Replace file?": "替换文件？",
    "{0} already exists in {1}.\nReplace it? The current file will be kept as a .bak copy.": (
        "{1} 中已有 {0}。\n要替换吗？现有文件将保留为 .bak 副本。"
    ),
    "Replace": "替换",
    "Not saved: {0}": "未保存：{0}",
    "Export failed": "导出失败",
    "Could not save {0}:\n{1}": "无法保存 {0}：\n{1}",
    "Saved to {0}": "已保存到 {0}",
    # highlight dialog and undo texts
    "Edit Highlight": "编辑标注",
    "Highlight": "标注",
    "Colour:": "颜色：",
    "Other…": "其他…",
    "Note (optional)": "笔记（可选）",
    "Remove": "删除",
    "Highlight colour": "标注颜色",
    "Remove Highlight": "删除标注",
    # highlights: tooltips and messages
    "Your highlight: {0}": "你的标注：{0}",
    "Your highlight": "你的标注",
    "Your highlights for this article cannot be read: {0}": "无法读取这篇文章的标注：{0}",
    "{0} highlight(s) could not be placed in this version of the text; "
    "they are kept in the store and listed in the Highlights panel.": (
        "有 {0} 处标注在此版本的文字中找不到位置；它们仍被保存，并列在“标注”面板中。"
    ),
    "Your highlights could not be re-read: {0}": "无法重新读取标注：{0}",
    "Your highlights could not be saved: {0}": "无法保存标注：{0}",
    # highlights dock
    "Passage": "段落",
    "Note": "笔记",
    "Select text and press Ctrl+H to highlight it.": "选择文字后按 Ctrl+H 即可标注。",
    "Not found in this version of the text:": "在此版本的文字中找不到：",
    "Discard": "舍弃",
    "Delete the chosen highlights that no longer fit the text": "删除所选的、已与文字不符的标注",
    "Edit…": "编辑…",
    # people dock
    "Filter by name or role…": "按姓名或职务筛选…",
    "Order of appearance": "按出场顺序",
    "Most mentioned": "按提及次数",
    "Name": "姓名",
    "Role": "职务",
    "Mentions": "提及",
    "Quotes": "引语",
    "‹ Previous mention": "‹ 上一处",
    "Next mention ›": "下一处 ›",
    "Mention {0} of {1}": "第 {0} 处，共 {1} 处",
    "1 mention": "1 处提及",
    "{0} mentions": "{0} 处提及",
    # quotes dock and tooltips
    "Speech": "直接引语",
    "Reported": "间接引语",
    "Term": "术语",
    "Quoted term": "引号内的术语",
    "Reported speech, speaker unknown": "间接引语，说话人不详",
    "Speech, speaker unknown": "直接引语，说话人不详",
    "No speaker": "无说话人",
    "Terms": "术语",
    "Reading order": "按阅读顺序",
    "Filter by words or speaker…": "按文字或说话人筛选…",
    "Quote": "引语",
    "Speaker": "说话人",
    "Kind": "类型",
    # accessible names
    "Filter people": "筛选人物",
    "People in the article": "文章中的人物",
    "Sort people": "人物排序",
    "Filter quotes": "筛选引语",
    "Quotes in the article": "文章中的引语",
    "Group quotes": "引语分组",
    "Your highlights": "你的标注",
    "Highlights not found in this text": "在此文字中找不到的标注",
    "Preview of the export": "导出预览",
    "Previous mention": "上一处提及",
    "Next mention": "下一处提及",
    "Show speech in quotation marks": "显示引号内的直接引语",
    "Show reported speech": "显示间接引语",
    "Show quoted terms": "显示引号内的术语",
    "Discard highlights not found": "舍弃找不到位置的标注",
    "Edit highlight": "编辑标注",
    "Remove highlight": "删除标注",
    "Export format": "导出格式",
    "Script of the export": "导出所用字形",
    "Group the export": "导出分组方式",
    "Other colour": "其他颜色",
}
"""Source string → Simplified Chinese; keys are the English texts of the tr() calls."""
