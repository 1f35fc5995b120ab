<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Reader</source>
      <translation>關於閱讀器</translation>
    </message>
    <message>
      <source>Reader logo</source>
      <translation>閱讀器標誌</translation>
    </message>
    <message>
      <source>A desktop reader for Chinese news articles: people, quotes, script conversion, search and export.</source>
      <translation>中文新聞文章桌面閱讀器：人物、引語、繁簡轉換、搜尋與匯出。</translation>
    </message>
    <message>
      <source>Components and licences</source>
      <translation>元件與授權</translation>
    </message>
    <message>
      <source>Component</source>
      <translation>元件</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>授權</translation>
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
      <translation>以所選字形顯示的文章；選擇文字即可標註</translation>
    </message>
    <message>
      <source>Script</source>
      <translation>字形</translation>
    </message>
    <message>
      <source>Show the article in another script (F8 cycles)</source>
      <translation>以另一種字形顯示文章（F8 依次切換）</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>章節</translation>
    </message>
    <message>
      <source>The article's headings: choose one to go there</source>
      <translation>文章的各級標題：選擇一個即可跳轉到那裡</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>搜尋結果</translation>
    </message>
    <message>
      <source>Every match of the find bar's query: choose one to go there</source>
      <translation>尋找欄中尋找的所有匹配項：選擇一個即可跳轉到那裡</translation>
    </message>
    <message>
      <source>Cancel analysis</source>
      <translation>取消分析</translation>
    </message>
    <message>
      <source>Stop finding people and quotes in a large file</source>
      <translation>停止在大檔案中尋找人物和引語</translation>
    </message>
    <message>
      <source>Article length</source>
      <translation>文章長度</translation>
    </message>
    <message>
      <source>Analysis status</source>
      <translation>分析狀態</translation>
    </message>
    <message>
      <source>Panels</source>
      <translation>面板</translation>
    </message>
    <message>
      <source>Choose which of the tabbed panels is shown</source>
      <translation>選擇顯示哪一個標籤頁面板</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;Open…</source>
      <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
      <source>Open an article (.txt or .md)</source>
      <translation>開啟文章（.txt 或 .md）</translation>
    </message>
    <message>
      <source>&amp;Cancel Analysis</source>
      <translation>取消分析(&amp;C)</translation>
    </message>
    <message>
      <source>Stop finding people and quotes in a large file</source>
      <translation>停止在大檔案中尋找人物和引語</translation>
    </message>
    <message>
      <source>&amp;Export Quotes…</source>
      <translation>匯出引語(&amp;E)…</translation>
    </message>
    <message>
      <source>Save the quotes and your highlights as Markdown, HTML, CSV or JSON</source>
      <translation>將引語和你的標註儲存為 Markdown、HTML、CSV 或 JSON</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>結束(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>復原(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
      <source>Search in the article</source>
      <translation>在文章中搜索</translation>
    </message>
    <message>
      <source>Find &amp;Next</source>
      <translation>尋找下一個(&amp;N)</translation>
    </message>
    <message>
      <source>Find &amp;Previous</source>
      <translation>尋找上一個(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Highlight…</source>
      <translation>標註(&amp;H)…</translation>
    </message>
    <message>
      <source>Highlight the selected text with a colour and a note</source>
      <translation>用顏色和筆記標註所選文字</translation>
    </message>
    <message>
      <source>&amp;Next Script</source>
      <translation>下一種字形(&amp;N)</translation>
    </message>
    <message>
      <source>Cycle through the scripts</source>
      <translation>依次切換簡繁字形</translation>
    </message>
    <message>
      <source>&amp;Clear Recent Files</source>
      <translation>清除最近檔案(&amp;C)</translation>
    </message>
    <message>
      <source>Save as &amp;PDF…</source>
      <translation>另存為 PDF(&amp;P)…</translation>
    </message>
    <message>
      <source>Save the article as shown, with its highlights, as a PDF file</source>
      <translation>將目前顯示的文章（含標註）儲存為 PDF 檔案</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>列印(&amp;P)…</translation>
    </message>
    <message>
      <source>Print the article as shown, with its highlights</source>
      <translation>列印目前顯示的文章（含標註）</translation>
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
      <translation>縮小(&amp;O)</translation>
    </message>
    <message>
      <source>Smaller text</source>
      <translation>縮小文字</translation>
    </message>
    <message>
      <source>&amp;Actual Size</source>
      <translation>實際大小(&amp;A)</translation>
    </message>
    <message>
      <source>Text at its normal size</source>
      <translation>文字恢復正常大小</translation>
    </message>
    <message>
      <source>&amp;Font…</source>
      <translation>字型(&amp;F)…</translation>
    </message>
    <message>
      <source>Choose the article's font</source>
      <translation>選擇文章字型</translation>
    </message>
    <message>
      <source>F&amp;ull Screen</source>
      <translation>全螢幕(&amp;U)</translation>
    </message>
    <message>
      <source>Follow &amp;System</source>
      <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Light</source>
      <translation>淺色(&amp;L)</translation>
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
      <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
      <source>Every action and its keys</source>
      <translation>所有操作及其按鍵</translation>
    </message>
    <message>
      <source>&amp;About Reader</source>
      <translation>關於閱讀器(&amp;A)</translation>
    </message>
    <message>
      <source>Version and licences of Reader and its components</source>
      <translation>閱讀器及其元件的版本與授權</translation>
    </message>
    <message>
      <source>Show the article in {0}</source>
      <translation>以{0}顯示文章</translation>
    </message>
  </context>
  <context>
    <name>Annotations</name>
    <message>
      <source>Select some text to highlight it.</source>
      <translation>請先選擇要標註的文字。</translation>
    </message>
    <message>
      <source>Edit Highlight “{0}”…</source>
      <translation>編輯標註「{0}」…</translation>
    </message>
    <message>
      <source>Remove Highlight “{0}”</source>
      <translation>刪除標註「{0}」</translation>
    </message>
    <message>
      <source>Highlights</source>
      <translation>標註</translation>
    </message>
    <message>
      <source>Exported to {0}</source>
      <translation>已匯出到 {0}</translation>
    </message>
  </context>
  <context>
    <name>Colors</name>
    <message>
      <source>Yellow</source>
      <translation>黃色</translation>
    </message>
    <message>
      <source>Green</source>
      <translation>綠色</translation>
    </message>
    <message>
      <source>Blue</source>
      <translation>藍色</translation>
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
      <translation>文字大小：{0} 點</translation>
    </message>
    <message>
      <source>Article Font</source>
      <translation>文章字型</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>另存為 PDF</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
      <source>Cannot save PDF</source>
      <translation>無法儲存 PDF</translation>
    </message>
    <message>
      <source>Saved {0}</source>
      <translation>已儲存 {0}</translation>
    </message>
  </context>
  <context>
    <name>Docks</name>
    <message>
      <source>Outline</source>
      <translation>大綱</translation>
    </message>
    <message>
      <source>Search Results</source>
      <translation>搜尋結果</translation>
    </message>
    <message>
      <source>Quotes</source>
      <translation>引語</translation>
    </message>
    <message>
      <source>Highlights</source>
      <translation>標註</translation>
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
      <translation>匯出引語</translation>
    </message>
    <message>
      <source>Include</source>
      <translation>包括</translation>
    </message>
    <message>
      <source>Speech in quotation marks ({0})</source>
      <translation>引號內的直接引語（{0}）</translation>
    </message>
    <message>
      <source>Reported speech ({0})</source>
      <translation>間接引語（{0}）</translation>
    </message>
    <message>
      <source>Quoted terms ({0})</source>
      <translation>引號內的術語（{0}）</translation>
    </message>
    <message>
      <source>Your highlights and notes ({0})</source>
      <translation>你的標註和筆記（{0}）</translation>
    </message>
    <message>
      <source>Select text in the article and press Ctrl+H to make highlights.</source>
      <translation>在文章中選擇文字並按 Ctrl+H 即可標註。</translation>
    </message>
    <message>
      <source>Markdown</source>
      <translation>Markdown</translation>
    </message>
    <message>
      <source>HTML page</source>
      <translation>HTML 網頁</translation>
    </message>
    <message>
      <source>CSV (spreadsheets)</source>
      <translation>CSV（電子表格）</translation>
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
      <translation>按章節</translation>
    </message>
    <message>
      <source>By speaker</source>
      <translation>按說話人</translation>
    </message>
    <message>
      <source>Group:</source>
      <translation>分組：</translation>
    </message>
    <message>
      <source>Export format</source>
      <translation>匯出格式</translation>
    </message>
    <message>
      <source>Script of the export</source>
      <translation>匯出所用字形</translation>
    </message>
    <message>
      <source>Group the export</source>
      <translation>匯出分組方式</translation>
    </message>
    <message>
      <source>Preview of the export</source>
      <translation>匯出預覽</translation>
    </message>
    <message>
      <source>Save…</source>
      <translation>儲存…</translation>
    </message>
    <message>
      <source>People and quotes have not been found yet (analysis is running or was cancelled): only your highlights can be exported now.</source>
      <translation>尚未找到人物和引語（分析仍在進行或已取消）：目前只能匯出你的標註。</translation>
    </message>
    <message>
      <source>Preview (exactly what will be saved):</source>
      <translation>預覽（即將儲存的內容）：</translation>
    </message>
    <message>
      <source>{0} bytes in UTF-8 with a BOM</source>
      <translation>{0} 位元組，UTF-8 編碼，帶 BOM</translation>
    </message>
    <message>
      <source>{0} bytes in UTF-8</source>
      <translation>{0} 位元組，UTF-8 編碼</translation>
    </message>
    <message>
      <source>Replace file?</source>
      <translation>替換檔案？</translation>
    </message>
    <message>
      <source>{0} already exists in {1}.
Replace it? The current file will be kept as a .bak copy.</source>
      <translation>{1} 中已有 {0}。
要替換嗎？現有檔案將保留為 .bak 副本。</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>替換</translation>
    </message>
    <message>
      <source>Not saved: {0}</source>
      <translation>未儲存：{0}</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>匯出失敗</translation>
    </message>
    <message>
      <source>Could not save {0}:
{1}</source>
      <translation>無法儲存 {0}：
{1}</translation>
    </message>
    <message>
      <source>Saved to {0}</source>
      <translation>已儲存到 {0}</translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message>
      <source>Find:</source>
      <translation>尋找：</translation>
    </message>
    <message>
      <source>Search (Enter: next, Shift+Enter: previous, Esc: close)</source>
      <translation>搜尋（Enter：下一個，Shift+Enter：上一個，Esc：關閉）</translation>
    </message>
    <message>
      <source>Find — 重庆 also finds 重慶</source>
      <translation>尋找——「重慶」也能找到「重庆」</translation>
    </message>
    <message>
      <source>Find in article</source>
      <translation>在文章中尋找</translation>
    </message>
    <message>
      <source>Earlier searches are in the list</source>
      <translation>列表中有以前搜尋過的內容</translation>
    </message>
    <message>
      <source>Regular expression</source>
      <translation>正規表示式</translation>
    </message>
    <message>
      <source>Exact characters</source>
      <translation>精確字元</translation>
    </message>
    <message>
      <source>Previous match</source>
      <translation>上一個匹配項</translation>
    </message>
    <message>
      <source>Next match</source>
      <translation>下一個匹配項</translation>
    </message>
    <message>
      <source>Close the find bar</source>
      <translation>關閉尋找欄</translation>
    </message>
    <message>
      <source>Regex</source>
      <translation>正則</translation>
    </message>
    <message>
      <source>The query is a regular expression</source>
      <translation>尋找內容是正規表示式</translation>
    </message>
    <message>
      <source>Exact</source>
      <translation>精確</translation>
    </message>
    <message>
      <source>Match exact characters: no script, width or case folding</source>
      <translation>精確匹配字元：不折疊簡繁、全半形或大小寫</translation>
    </message>
    <message>
      <source>Matches</source>
      <translation>匹配項</translation>
    </message>
    <message>
      <source>Previous match (Shift+Enter, Shift+F3)</source>
      <translation>上一個匹配項（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
      <source>Next match (Enter, F3)</source>
      <translation>下一個匹配項（Enter、F3）</translation>
    </message>
    <message>
      <source>Close (Esc)</source>
      <translation>關閉（Esc）</translation>
    </message>
    <message>
      <source>no matches</source>
      <translation>無匹配</translation>
    </message>
    <message>
      <source>Wrapped to the top</source>
      <translation>已回到開頭</translation>
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
      <translation>編輯標註</translation>
    </message>
    <message>
      <source>Highlight</source>
      <translation>標註</translation>
    </message>
    <message>
      <source>Colour:</source>
      <translation>顏色：</translation>
    </message>
    <message>
      <source>Other…</source>
      <translation>其他…</translation>
    </message>
    <message>
      <source>Note (optional)</source>
      <translation>筆記（可選）</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>筆記</translation>
    </message>
    <message>
      <source>Other colour</source>
      <translation>其他顏色</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>刪除</translation>
    </message>
    <message>
      <source>Highlight colour</source>
      <translation>標註顏色</translation>
    </message>
  </context>
  <context>
    <name>Highlights</name>
    <message>
      <source>Your highlight: {0}</source>
      <translation>你的標註：{0}</translation>
    </message>
    <message>
      <source>Your highlight</source>
      <translation>你的標註</translation>
    </message>
  </context>
  <context>
    <name>HighlightsController</name>
    <message>
      <source>Your highlights for this article cannot be read: {0}</source>
      <translation>無法讀取這篇文章的標註：{0}</translation>
    </message>
    <message>
      <source>{0} highlight(s) could not be placed in this version of the text; they are kept in the store and listed in the Highlights panel.</source>
      <translation>有 {0} 處標註在此版本的文字中找不到位置；它們仍被儲存，並列在「標註」面板中。</translation>
    </message>
    <message>
      <source>Your highlights could not be re-read: {0}</source>
      <translation>無法重新讀取標註：{0}</translation>
    </message>
    <message>
      <source>Your highlights could not be saved: {0}</source>
      <translation>無法儲存標註：{0}</translation>
    </message>
    <message>
      <source>Highlight</source>
      <translation>標註</translation>
    </message>
    <message>
      <source>Edit Highlight</source>
      <translation>編輯標註</translation>
    </message>
    <message>
      <source>Remove Highlight</source>
      <translation>刪除標註</translation>
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
      <translation>筆記</translation>
    </message>
    <message>
      <source>Select text and press Ctrl+H to highlight it.</source>
      <translation>選擇文字後按 Ctrl+H 即可標註。</translation>
    </message>
    <message>
      <source>Your highlights</source>
      <translation>你的標註</translation>
    </message>
    <message>
      <source>Highlights not found in this text</source>
      <translation>在此文字中找不到的標註</translation>
    </message>
    <message>
      <source>Not found in this version of the text:</source>
      <translation>在此版本的文字中找不到：</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>捨棄</translation>
    </message>
    <message>
      <source>Delete the chosen highlights that no longer fit the text</source>
      <translation>刪除所選的、已與文字不符的標註</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>編輯…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>刪除</translation>
    </message>
    <message>
      <source>Discard highlights not found</source>
      <translation>捨棄找不到位置的標註</translation>
    </message>
    <message>
      <source>Edit highlight</source>
      <translation>編輯標註</translation>
    </message>
    <message>
      <source>Remove highlight</source>
      <translation>刪除標註</translation>
    </message>
  </context>
  <context>
    <name>HitListModel</name>
    <message>
      <source>(before the first section)</source>
      <translation>（第一節之前）</translation>
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
      <translation>開啟文章</translation>
    </message>
    <message>
      <source>Cannot open {0}</source>
      <translation>無法開啟 {0}</translation>
    </message>
    <message>
      <source>Opening {0}…</source>
      <translation>正在開啟 {0}…</translation>
    </message>
    <message>
      <source>Reading the file…</source>
      <translation>正在讀取檔案…</translation>
    </message>
    <message>
      <source>Finding paragraphs and sections…</source>
      <translation>正在尋找段落和章節…</translation>
    </message>
    <message>
      <source>Typesetting…</source>
      <translation>正在排版…</translation>
    </message>
    <message>
      <source>This article has no text.</source>
      <translation>這篇文章沒有文字。</translation>
    </message>
    <message>
      <source>{0} characters · {1} sections · about {2} min read</source>
      <translation>{0} 字 · {1} 節 · 約需閱讀 {2} 分鐘</translation>
    </message>
    <message>
      <source>People and quotes could not be found:</source>
      <translation>未能找出人物和引語：</translation>
    </message>
    <message>
      <source>Analysis failed</source>
      <translation>分析失敗</translation>
    </message>
    <message>
      <source>Finding people and quotes…</source>
      <translation>正在尋找人物和引語…</translation>
    </message>
    <message>
      <source>People and quotes not analysed</source>
      <translation>未分析人物和引語</translation>
    </message>
    <message>
      <source>Analysis cancelled</source>
      <translation>分析已取消</translation>
    </message>
    <message>
      <source>People and quotes unavailable</source>
      <translation>人物和引語不可用</translation>
    </message>
    <message>
      <source>{0} people · {1} quotes</source>
      <translation>{0} 位人物 · {1} 條引語</translation>
    </message>
    <message>
      <source>Cannot convert</source>
      <translation>無法轉換</translation>
    </message>
    <message>
      <source>Only web links open: {0}</source>
      <translation>只打開網頁連結：{0}</translation>
    </message>
    <message>
      <source>Articles (*.txt *.md *.markdown);;Text (*.txt);;Markdown (*.md *.markdown);;All files (*)</source>
      <translation>文章 (*.txt *.md *.markdown);;純文字 (*.txt);;Markdown (*.md *.markdown);;所有檔案 (*)</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <source>&amp;File</source>
      <translation>檔案(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>編輯(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>檢視(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Script</source>
      <translation>繁簡(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>說明(&amp;H)</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>主題(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>語言(&amp;L)</translation>
    </message>
  </context>
  <context>
    <name>PeopleDock</name>
    <message>
      <source>Filter by name or role…</source>
      <translation>按姓名或職務篩選…</translation>
    </message>
    <message>
      <source>Filter people</source>
      <translation>篩選人物</translation>
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
      <translation>按出場順序</translation>
    </message>
    <message>
      <source>Most mentioned</source>
      <translation>按提及次數</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>職務</translation>
    </message>
    <message>
      <source>Mentions</source>
      <translation>提及</translation>
    </message>
    <message>
      <source>Quotes</source>
      <translation>引語</translation>
    </message>
    <message>
      <source>‹ Previous mention</source>
      <translation>‹ 上一處</translation>
    </message>
    <message>
      <source>Next mention ›</source>
      <translation>下一處 ›</translation>
    </message>
    <message>
      <source>Previous mention</source>
      <translation>上一處提及</translation>
    </message>
    <message>
      <source>Next mention</source>
      <translation>下一處提及</translation>
    </message>
    <message>
      <source>Mention {0} of {1}</source>
      <translation>第 {0} 處，共 {1} 處</translation>
    </message>
    <message>
      <source>1 mention</source>
      <translation>1 處提及</translation>
    </message>
    <message>
      <source>{0} mentions</source>
      <translation>{0} 處提及</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <source>Print Article</source>
      <translation>列印文章</translation>
    </message>
  </context>
  <context>
    <name>Quotes</name>
    <message>
      <source>Speech</source>
      <translation>直接引語</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>間接引語</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>術語</translation>
    </message>
    <message>
      <source>Quoted term</source>
      <translation>引號內的術語</translation>
    </message>
    <message>
      <source>Reported speech, speaker unknown</source>
      <translation>間接引語，說話人不詳</translation>
    </message>
    <message>
      <source>Speech, speaker unknown</source>
      <translation>直接引語，說話人不詳</translation>
    </message>
    <message>
      <source>No speaker</source>
      <translation>無說話人</translation>
    </message>
    <message>
      <source>Terms</source>
      <translation>術語</translation>
    </message>
  </context>
  <context>
    <name>QuotesDock</name>
    <message>
      <source>By speaker</source>
      <translation>按說話人</translation>
    </message>
    <message>
      <source>Reading order</source>
      <translation>按閱讀順序</translation>
    </message>
    <message>
      <source>Speech</source>
      <translation>直接引語</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>間接引語</translation>
    </message>
    <message>
      <source>Terms</source>
      <translation>術語</translation>
    </message>
    <message>
      <source>Filter by words or speaker…</source>
      <translation>按文字或說話人篩選…</translation>
    </message>
    <message>
      <source>Filter quotes</source>
      <translation>篩選引語</translation>
    </message>
    <message>
      <source>Quotes in the article</source>
      <translation>文章中的引語</translation>
    </message>
    <message>
      <source>Group quotes</source>
      <translation>引語分組</translation>
    </message>
    <message>
      <source>Show speech in quotation marks</source>
      <translation>顯示引號內的直接引語</translation>
    </message>
    <message>
      <source>Show reported speech</source>
      <translation>顯示間接引語</translation>
    </message>
    <message>
      <source>Show quoted terms</source>
      <translation>顯示引號內的術語</translation>
    </message>
    <message>
      <source>Quote</source>
      <translation>引語</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>說話人</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>型別</translation>
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
      <translation>在尋找欄（Ctrl+F 或 /）中輸入以搜尋。</translation>
    </message>
    <message>
      <source>No matches for “{0}”.</source>
      <translation>沒有找到「{0}」。</translation>
    </message>
    <message>
      <source>{0} matches for “{1}”.</source>
      <translation>「{1}」共有 {0} 處匹配。</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard Shortcuts</source>
      <translation>鍵盤快速鍵</translation>
    </message>
    <message>
      <source>Filter actions or keys</source>
      <translation>篩選操作或按鍵</translation>
    </message>
    <message>
      <source>Filter shortcuts</source>
      <translation>篩選快速鍵</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>鍵盤快速鍵</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>快速鍵</translation>
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
      <translation>以另一種字形顯示文章（F8 依次切換，Ctrl+Alt+0…4）</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>主工具欄</translation>
    </message>
  </context>
</TS>
