<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Reader</source>
      <translation>关于阅读器</translation>
    </message>
    <message>
      <source>Reader logo</source>
      <translation>阅读器标志</translation>
    </message>
    <message>
      <source>A desktop reader for Chinese news articles: people, quotes, script conversion, search and export.</source>
      <translation>中文新闻文章桌面阅读器：人物、引语、繁简转换、搜索与导出。</translation>
    </message>
    <message>
      <source>Components and licences</source>
      <translation>组件与许可证</translation>
    </message>
    <message>
      <source>Component</source>
      <translation>组件</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>许可证</translation>
    </message>
  </context>
  <context>
    <name>Accessibility</name>
    <message>
      <source>Article</source>
      <translation>文章</translation>
    </message>
    <message>
      <source>The article in the chosen script; select text to highlight it</source>
      <translation>以所选字形显示的文章；选择文字即可标注</translation>
    </message>
    <message>
      <source>Script</source>
      <translation>字形</translation>
    </message>
    <message>
      <source>Show the article in another script (F8 cycles)</source>
      <translation>以另一种字形显示文章（F8 依次切换）</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>章节</translation>
    </message>
    <message>
      <source>The article's headings: choose one to go there</source>
      <translation>文章的各级标题：选择一个即可跳转到那里</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>搜索结果</translation>
    </message>
    <message>
      <source>Every match of the find bar's query: choose one to go there</source>
      <translation>查找栏中查询的所有匹配项：选择一个即可跳转到那里</translation>
    </message>
    <message>
      <source>Cancel analysis</source>
      <translation>取消分析</translation>
    </message>
    <message>
      <source>Stop finding people and quotes in a large file</source>
      <translation>停止在大文件中查找人物和引语</translation>
    </message>
    <message>
      <source>Article length</source>
      <translation>文章长度</translation>
    </message>
    <message>
      <source>Analysis status</source>
      <translation>分析状态</translation>
    </message>
    <message>
      <source>Panels</source>
      <translation>面板</translation>
    </message>
    <message>
      <source>Choose which of the tabbed panels is shown</source>
      <translation>选择显示哪一个标签页面板</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;Open…</source>
      <translation>打开(&amp;O)…</translation>
    </message>
    <message>
      <source>Open an article (.txt or .md)</source>
      <translation>打开文章（.txt 或 .md）</translation>
    </message>
    <message>
      <source>&amp;Cancel Analysis</source>
      <translation>取消分析(&amp;C)</translation>
    </message>
    <message>
      <source>Stop finding people and quotes in a large file</source>
      <translation>停止在大文件中查找人物和引语</translation>
    </message>
    <message>
      <source>&amp;Export Quotes…</source>
      <translation>导出引语(&amp;E)…</translation>
    </message>
    <message>
      <source>Save the quotes and your highlights as Markdown, HTML, CSV or JSON</source>
      <translation>将引语和你的标注保存为 Markdown、HTML、CSV 或 JSON</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>查找(&amp;F)…</translation>
    </message>
    <message>
      <source>Search in the article</source>
      <translation>在文章中搜索</translation>
    </message>
    <message>
      <source>Find &amp;Next</source>
      <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
      <source>Find &amp;Previous</source>
      <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Highlight…</source>
      <translation>标注(&amp;H)…</translation>
    </message>
    <message>
      <source>Highlight the selected text with a colour and a note</source>
      <translation>用颜色和笔记标注所选文字</translation>
    </message>
    <message>
      <source>&amp;Next Script</source>
      <translation>下一种字形(&amp;N)</translation>
    </message>
    <message>
      <source>Cycle through the scripts</source>
      <translation>依次切换简繁字形</translation>
    </message>
    <message>
      <source>&amp;Clear Recent Files</source>
      <translation>清除最近文件(&amp;C)</translation>
    </message>
    <message>
      <source>Save as &amp;PDF…</source>
      <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
      <source>Save the article as shown, with its highlights, as a PDF file</source>
      <translation>将当前显示的文章（含标注）保存为 PDF 文件</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <source>Print the article as shown, with its highlights</source>
      <translation>打印当前显示的文章（含标注）</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>放大(&amp;I)</translation>
    </message>
    <message>
      <source>Larger text</source>
      <translation>放大文字</translation>
    </message>
    <message>
      <source>Zoom &amp;Out</source>
      <translation>缩小(&amp;O)</translation>
    </message>
    <message>
      <source>Smaller text</source>
      <translation>缩小文字</translation>
    </message>
    <message>
      <source>&amp;Actual Size</source>
      <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
      <source>Text at its normal size</source>
      <translation>文字恢复正常大小</translation>
    </message>
    <message>
      <source>&amp;Font…</source>
      <translation>字体(&amp;F)…</translation>
    </message>
    <message>
      <source>Choose the article's font</source>
      <translation>选择文章字体</translation>
    </message>
    <message>
      <source>F&amp;ull Screen</source>
      <translation>全屏(&amp;U)</translation>
    </message>
    <message>
      <source>Follow &amp;System</source>
      <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>浅色(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;Dark</source>
      <translation>深色(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Sepia</source>
      <translation>棕褐色(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Keyboard Shortcuts</source>
      <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
      <source>Every action and its keys</source>
      <translation>所有操作及其按键</translation>
    </message>
    <message>
      <source>&amp;About Reader</source>
      <translation>关于阅读器(&amp;A)</translation>
    </message>
    <message>
      <source>Version and licences of Reader and its components</source>
      <translation>阅读器及其组件的版本与许可证</translation>
    </message>
    <message>
      <source>Show the article in {0}</source>
      <translation>以{0}显示文章</translation>
    </message>
  </context>
  <context>
    <name>Annotations</name>
    <message>
      <source>Select some text to highlight it.</source>
      <translation>请先选择要标注的文字。</translation>
    </message>
    <message>
      <source>Edit Highlight “{0}”…</source>
      <translation>编辑标注“{0}”…</translation>
    </message>
    <message>
      <source>Remove Highlight “{0}”</source>
      <translation>删除标注“{0}”</translation>
    </message>
    <message>
      <source>Highlights</source>
      <translation>标注</translation>
    </message>
    <message>
      <source>Exported to {0}</source>
      <translation>已导出到 {0}</translation>
    </message>
  </context>
  <context>
    <name>Colors</name>
    <message>
      <source>Yellow</source>
      <translation>黄色</translation>
    </message>
    <message>
      <source>Green</source>
      <translation>绿色</translation>
    </message>
    <message>
      <source>Blue</source>
      <translation>蓝色</translation>
    </message>
    <message>
      <source>Pink</source>
      <translation>粉色</translation>
    </message>
    <message>
      <source>Orange</source>
      <translation>橙色</translation>
    </message>
    <message>
      <source>Purple</source>
      <translation>紫色</translation>
    </message>
  </context>
  <context>
    <name>Comforts</name>
    <message>
      <source>Text size: {0} pt</source>
      <translation>文字大小：{0} 磅</translation>
    </message>
    <message>
      <source>Article Font</source>
      <translation>文章字体</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>另存为 PDF</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <source>Cannot save PDF</source>
      <translation>无法保存 PDF</translation>
    </message>
    <message>
      <source>Saved {0}</source>
      <translation>已保存 {0}</translation>
    </message>
  </context>
  <context>
    <name>Docks</name>
    <message>
      <source>Outline</source>
      <translation>大纲</translation>
    </message>
    <message>
      <source>Search Results</source>
      <translation>搜索结果</translation>
    </message>
    <message>
      <source>Quotes</source>
      <translation>引语</translation>
    </message>
    <message>
      <source>Highlights</source>
      <translation>标注</translation>
    </message>
    <message>
      <source>People</source>
      <translation>人物</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Export Quotes</source>
      <translation>导出引语</translation>
    </message>
    <message>
      <source>Include</source>
      <translation>包括</translation>
    </message>
    <message>
      <source>Speech in quotation marks ({0})</source>
      <translation>引号内的直接引语（{0}）</translation>
    </message>
    <message>
      <source>Reported speech ({0})</source>
      <translation>间接引语（{0}）</translation>
    </message>
    <message>
      <source>Quoted terms ({0})</source>
      <translation>引号内的术语（{0}）</translation>
    </message>
    <message>
      <source>Your highlights and notes ({0})</source>
      <translation>你的标注和笔记（{0}）</translation>
    </message>
    <message>
      <source>Select text in the article and press Ctrl+H to make highlights.</source>
      <translation>在文章中选择文字并按 Ctrl+H 即可标注。</translation>
    </message>
    <message>
      <source>Markdown</source>
      <translation>Markdown</translation>
    </message>
    <message>
      <source>HTML page</source>
      <translation>HTML 网页</translation>
    </message>
    <message>
      <source>CSV (spreadsheets)</source>
      <translation>CSV（电子表格）</translation>
    </message>
    <message>
      <source>JSON</source>
      <translation>JSON</translation>
    </message>
    <message>
      <source>Format:</source>
      <translation>格式：</translation>
    </message>
    <message>
      <source>Script:</source>
      <translation>字形：</translation>
    </message>
    <message>
      <source>By section</source>
      <translation>按章节</translation>
    </message>
    <message>
      <source>By speaker</source>
      <translation>按说话人</translation>
    </message>
    <message>
      <source>Group:</source>
      <translation>分组：</translation>
    </message>
    <message>
      <source>Export format</source>
      <translation>导出格式</translation>
    </message>
    <message>
      <source>Script of the export</source>
      <translation>导出所用字形</translation>
    </message>
    <message>
      <source>Group the export</source>
      <translation>导出分组方式</translation>
    </message>
    <message>
      <source>Preview of the export</source>
      <translation>导出预览</translation>
    </message>
    <message>
      <source>Save…</source>
      <translation>保存…</translation>
    </message>
    <message>
      <source>People and quotes have not been found yet (analysis is running or was cancelled): only your highlights can be exported now.</source>
      <translation>尚未找到人物和引语（分析仍在进行或已取消）：目前只能导出你的标注。</translation>
    </message>
    <message>
      <source>Preview (exactly what will be saved):</source>
      <translation>预览（即将保存的内容）：</translation>
    </message>
    <message>
      <source>{0} bytes in UTF-8 with a BOM</source>
      <translation>{0} 字节，UTF-8 编码，带 BOM</translation>
    </message>
    <message>
      <source>{0} bytes in UTF-8</source>
      <translation>{0} 字节，UTF-8 编码</translation>
    </message>
    <message>
      <source>Replace file?</source>
      <translation>替换文件？</translation>
    </message>
    <message>
      <source>{0} already exists in {1}.
Replace it? The current file will be kept as a .bak copy.</source>
      <translation>{1} 中已有 {0}。
要替换吗？现有文件将保留为 .bak 副本。</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>替换</translation>
    </message>
    <message>
      <source>Not saved: {0}</source>
      <translation>未保存：{0}</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>导出失败</translation>
    </message>
    <message>
      <source>Could not save {0}:
{1}</source>
      <translation>无法保存 {0}：
{1}</translation>
    </message>
    <message>
      <source>Saved to {0}</source>
      <translation>已保存到 {0}</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Find:</source>
      <translation>查找：</translation>
    </message>
    <message>
      <source>Search (Enter: next, Shift+Enter: previous, Esc: close)</source>
      <translation>搜索（Enter：下一个，Shift+Enter：上一个，Esc：关闭）</translation>
    </message>
    <message>
      <source>Find — 重庆 also finds 重慶</source>
      <translation>查找——“重庆”也能找到“重慶”</translation>
    </message>
    <message>
      <source>Find in article</source>
      <translation>在文章中查找</translation>
    </message>
    <message>
      <source>Earlier searches are in the list</source>
      <translation>列表中有以前搜索过的内容</translation>
    </message>
    <message>
      <source>Regular expression</source>
      <translation>正则表达式</translation>
    </message>
    <message>
      <source>Exact characters</source>
      <translation>精确字符</translation>
    </message>
    <message>
      <source>Previous match</source>
      <translation>上一个匹配项</translation>
    </message>
    <message>
      <source>Next match</source>
      <translation>下一个匹配项</translation>
    </message>
    <message>
      <source>Close the find bar</source>
      <translation>关闭查找栏</translation>
    </message>
    <message>
      <source>Regex</source>
      <translation>正则</translation>
    </message>
    <message>
      <source>The query is a regular expression</source>
      <translation>查询内容是正则表达式</translation>
    </message>
    <message>
      <source>Exact</source>
      <translation>精确</translation>
    </message>
    <message>
      <source>Match exact characters: no script, width or case folding</source>
      <translation>精确匹配字符：不折叠简繁、全半角或大小写</translation>
    </message>
    <message>
      <source>Matches</source>
      <translation>匹配项</translation>
    </message>
    <message>
      <source>Previous match (Shift+Enter, Shift+F3)</source>
      <translation>上一个匹配项（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
      <source>Next match (Enter, F3)</source>
      <translation>下一个匹配项（Enter、F3）</translation>
    </message>
    <message>
      <source>Close (Esc)</source>
      <translation>关闭（Esc）</translation>
    </message>
    <message>
      <source>no matches</source>
      <translation>无匹配</translation>
    </message>
    <message>
      <source>Wrapped to the top</source>
      <translation>已回到开头</translation>
    </message>
    <message>
      <source>Wrapped to the bottom</source>
      <translation>已回到末尾</translation>
    </message>
  </context>
  <context>
    <name>HighlightDialog</name>
    <message>
      <source>Edit Highlight</source>
      <translation>编辑标注</translation>
    </message>
    <message>
      <source>Highlight</source>
      <translation>标注</translation>
    </message>
    <message>
      <source>Colour:</source>
      <translation>颜色：</translation>
    </message>
    <message>
      <source>Other…</source>
      <translation>其他…</translation>
    </message>
    <message>
      <source>Note (optional)</source>
      <translation>笔记（可选）</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>笔记</translation>
    </message>
    <message>
      <source>Other colour</source>
      <translation>其他颜色</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Highlight colour</source>
      <translation>标注颜色</translation>
    </message>
  </context>
  <context>
    <name>Highlights</name>
    <message>
      <source>Your highlight: {0}</source>
      <translation>你的标注：{0}</translation>
    </message>
    <message>
      <source>Your highlight</source>
      <translation>你的标注</translation>
    </message>
  </context>
  <context>
    <name>HighlightsController</name>
    <message>
      <source>Your highlights for this article cannot be read: {0}</source>
      <translation>无法读取这篇文章的标注：{0}</translation>
    </message>
    <message>
      <source>{0} highlight(s) could not be placed in this version of the text; they are kept in the store and listed in the Highlights panel.</source>
      <translation>有 {0} 处标注在此版本的文字中找不到位置；它们仍被保存，并列在“标注”面板中。</translation>
    </message>
    <message>
      <source>Your highlights could not be re-read: {0}</source>
      <translation>无法重新读取标注：{0}</translation>
    </message>
    <message>
      <source>Your highlights could not be saved: {0}</source>
      <translation>无法保存标注：{0}</translation>
    </message>
    <message>
      <source>Highlight</source>
      <translation>标注</translation>
    </message>
    <message>
      <source>Edit Highlight</source>
      <translation>编辑标注</translation>
    </message>
    <message>
      <source>Remove Highlight</source>
      <translation>删除标注</translation>
    </message>
  </context>
  <context>
    <name>HighlightsDock</name>
    <message>
      <source>Passage</source>
      <translation>段落</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>笔记</translation>
    </message>
    <message>
      <source>Select text and press Ctrl+H to highlight it.</source>
      <translation>选择文字后按 Ctrl+H 即可标注。</translation>
    </message>
    <message>
      <source>Your highlights</source>
      <translation>你的标注</translation>
    </message>
    <message>
      <source>Highlights not found in this text</source>
      <translation>在此文字中找不到的标注</translation>
    </message>
    <message>
      <source>Not found in this version of the text:</source>
      <translation>在此版本的文字中找不到：</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>舍弃</translation>
    </message>
    <message>
      <source>Delete the chosen highlights that no longer fit the text</source>
      <translation>删除所选的、已与文字不符的标注</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Discard highlights not found</source>
      <translation>舍弃找不到位置的标注</translation>
    </message>
    <message>
      <source>Edit highlight</source>
      <translation>编辑标注</translation>
    </message>
    <message>
      <source>Remove highlight</source>
      <translation>删除标注</translation>
    </message>
  </context>
  <context>
    <name>HitListModel</name>
    <message>
      <source>(before the first section)</source>
      <translation>（第一节之前）</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Open Article</source>
      <translation>打开文章</translation>
    </message>
    <message>
      <source>Cannot open {0}</source>
      <translation>无法打开 {0}</translation>
    </message>
    <message>
      <source>Opening {0}…</source>
      <translation>正在打开 {0}…</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>正在读取文件…</translation>
    </message>
    <message>
      <source>Finding paragraphs and sections…</source>
      <translation>正在查找段落和章节…</translation>
    </message>
    <message>
      <source>Typesetting…</source>
      <translation>正在排版…</translation>
    </message>
    <message>
      <source>This article has no text.</source>
      <translation>这篇文章没有文字。</translation>
    </message>
    <message>
      <source>{0} characters · {1} sections · about {2} min read</source>
      <translation>{0} 字 · {1} 节 · 约需阅读 {2} 分钟</translation>
    </message>
    <message>
      <source>People and quotes could not be found:</source>
      <translation>未能找出人物和引语：</translation>
    </message>
    <message>
      <source>Analysis failed</source>
      <translation>分析失败</translation>
    </message>
    <message>
      <source>Finding people and quotes…</source>
      <translation>正在查找人物和引语…</translation>
    </message>
    <message>
      <source>People and quotes not analysed</source>
      <translation>未分析人物和引语</translation>
    </message>
    <message>
      <source>Analysis cancelled</source>
      <translation>分析已取消</translation>
    </message>
    <message>
      <source>People and quotes unavailable</source>
      <translation>人物和引语不可用</translation>
    </message>
    <message>
      <source>{0} people · {1} quotes</source>
      <translation>{0} 位人物 · {1} 条引语</translation>
    </message>
    <message>
      <source>Cannot convert</source>
      <translation>无法转换</translation>
    </message>
    <message>
      <source>Only web links open: {0}</source>
      <translation>只打开网页链接：{0}</translation>
    </message>
    <message>
      <source>Articles (*.txt *.md *.markdown);;Text (*.txt);;Markdown (*.md *.markdown);;All files (*)</source>
      <translation>文章 (*.txt *.md *.markdown);;文本 (*.txt);;Markdown (*.md *.markdown);;所有文件 (*)</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Script</source>
      <translation>繁简(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>主题(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
  </context>
  <context>
    <name>PeopleDock</name>
    <message>
      <source>Filter by name or role…</source>
      <translation>按姓名或职务筛选…</translation>
    </message>
    <message>
      <source>Filter people</source>
      <translation>筛选人物</translation>
    </message>
    <message>
      <source>People in the article</source>
      <translation>文章中的人物</translation>
    </message>
    <message>
      <source>Sort people</source>
      <translation>人物排序</translation>
    </message>
    <message>
      <source>Order of appearance</source>
      <translation>按出场顺序</translation>
    </message>
    <message>
      <source>Most mentioned</source>
      <translation>按提及次数</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>职务</translation>
    </message>
    <message>
      <source>Mentions</source>
      <translation>提及</translation>
    </message>
    <message>
      <source>Quotes</source>
      <translation>引语</translation>
    </message>
    <message>
      <source>‹ Previous mention</source>
      <translation>‹ 上一处</translation>
    </message>
    <message>
      <source>Next mention ›</source>
      <translation>下一处 ›</translation>
    </message>
    <message>
      <source>Previous mention</source>
      <translation>上一处提及</translation>
    </message>
    <message>
      <source>Next mention</source>
      <translation>下一处提及</translation>
    </message>
    <message>
      <source>Mention {0} of {1}</source>
      <translation>第 {0} 处，共 {1} 处</translation>
    </message>
    <message>
      <source>1 mention</source>
      <translation>1 处提及</translation>
    </message>
    <message>
      <source>{0} mentions</source>
      <translation>{0} 处提及</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>Print Article</source>
      <translation>打印文章</translation>
    </message>
  </context>
  <context>
    <name>Quotes</name>
    <message>
      <source>Speech</source>
      <translation>直接引语</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>间接引语</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>术语</translation>
    </message>
    <message>
      <source>Quoted term</source>
      <translation>引号内的术语</translation>
    </message>
    <message>
      <source>Reported speech, speaker unknown</source>
      <translation>间接引语，说话人不详</translation>
    </message>
    <message>
      <source>Speech, speaker unknown</source>
      <translation>直接引语，说话人不详</translation>
    </message>
    <message>
      <source>No speaker</source>
      <translation>无说话人</translation>
    </message>
    <message>
      <source>Terms</source>
      <translation>术语</translation>
    </message>
  </context>
  <context>
    <name>QuotesDock</name>
    <message>
      <source>By speaker</source>
      <translation>按说话人</translation>
    </message>
    <message>
      <source>Reading order</source>
      <translation>按阅读顺序</translation>
    </message>
    <message>
      <source>Speech</source>
      <translation>直接引语</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>间接引语</translation>
    </message>
    <message>
      <source>Terms</source>
      <translation>术语</translation>
    </message>
    <message>
      <source>Filter by words or speaker…</source>
      <translation>按文字或说话人筛选…</translation>
    </message>
    <message>
      <source>Filter quotes</source>
      <translation>筛选引语</translation>
    </message>
    <message>
      <source>Quotes in the article</source>
      <translation>文章中的引语</translation>
    </message>
    <message>
      <source>Group quotes</source>
      <translation>引语分组</translation>
    </message>
    <message>
      <source>Show speech in quotation marks</source>
      <translation>显示引号内的直接引语</translation>
    </message>
    <message>
      <source>Show reported speech</source>
      <translation>显示间接引语</translation>
    </message>
    <message>
      <source>Show quoted terms</source>
      <translation>显示引号内的术语</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>引语</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>说话人</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
  </context>
  <context>
    <name>Scripts</name>
    <message>
      <source>Original</source>
      <translation>原文</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <source>Type in the find bar (Ctrl+F or /) to search.</source>
      <translation>在查找栏（Ctrl+F 或 /）中输入以搜索。</translation>
    </message>
    <message>
      <source>No matches for “{0}”.</source>
      <translation>没有找到“{0}”。</translation>
    </message>
    <message>
      <source>{0} matches for “{1}”.</source>
      <translation>“{1}”共有 {0} 处匹配。</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard Shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <source>Filter actions or keys</source>
      <translation>筛选操作或按键</translation>
    </message>
    <message>
      <source>Filter shortcuts</source>
      <translation>筛选快捷键</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>快捷键</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
  </context>
  <context>
    <name>Toolbar</name>
    <message>
      <source> Script: </source>
      <translation> 字形：</translation>
    </message>
    <message>
      <source>Show the article in another script (F8 cycles, Ctrl+Alt+0…4)</source>
      <translation>以另一种字形显示文章（F8 依次切换，Ctrl+Alt+0…4）</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>主工具栏</translation>
    </message>
  </context>
</TS>
