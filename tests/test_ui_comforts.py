"""Reader comforts, used as a person would: keys, menus, dialogs, a dropped file, a restart."""

from __future__ import annotations

import re
import shutil
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLocale, QMimeData, QPoint, QPointF, Qt, QUrl, qVersion
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QPalette, QTextCharFormat
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

import reader
from reader.ui import printing
from reader.ui.about_dialog import AboutDialog, components
from reader.ui.article_view import BODY_POINT_SIZE
from reader.ui.i18n import language_for_locale, resolve_language
from reader.ui.main_window import MainWindow
from reader.ui.shortcuts_dialog import ShortcutsDialog, plain_text
from reader.ui.themes import THEMES, build_palette, resolve_theme
from tests.ui_window_helpers import SEED, make_window

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform's notice on show


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Any:
    win = make_window(qtbot, tmp_path)
    win.comforts.set_language("en")  # whatever this machine's locale, start from the source strings
    yield win
    win.comforts.set_language("en")  # the translator belongs to the app: leave it English
    win.comforts.set_theme("system")


def _icon_ink(window: MainWindow, name: str) -> QColor:
    """The colour of the darkest-or-lightest opaque pixel of an action's icon (its stroke)."""
    image = window.actions[name].icon().pixmap(32, 32).toImage()
    pixels = [image.pixelColor(x, y) for x in range(32) for y in range(32)]
    opaque = [p for p in pixels if p.alpha() > 200]
    assert opaque, f"icon {name} is empty"
    return opaque[len(opaque) // 2]


def _press(qtbot: Any, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    window.activateWindow()
    window.view.setFocus()
    qtbot.keyClick(window.view, key, modifiers)


# -- themes ------------------------------------------------------------------------------
def test_themes_recolour_the_window_the_article_and_the_icons(qtbot: Any, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.actions["theme_dark"].trigger()
    dark = THEMES["dark"]
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(dark.window)
    assert window.view.colours[0] == dark.page
    assert window.actions["theme_dark"].isChecked()
    assert _icon_ink(window, "open").lightness() > 160  # light strokes on a dark toolbar
    first_paragraph = window.view.document().findBlockByNumber(2)
    assert first_paragraph.charFormat().foreground().color() == QColor(dark.text)

    window.actions["theme_sepia"].trigger()
    assert app.palette().color(QPalette.ColorRole.Base) == QColor(THEMES["sepia"].base)
    window.actions["theme_light"].trigger()
    assert _icon_ink(window, "open").lightness() < 100
    assert window.settings.theme == "light"


def test_following_the_system_switches_when_the_desktop_does(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui import themes

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.actions["theme_system"].trigger()
    assert window.comforts.themes.theme.name == "light"  # the offscreen desktop states no preference
    monkeypatch.setattr(themes, "system_scheme_is_dark", lambda: True)
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.comforts.themes.theme.name == "dark"
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(THEMES["dark"].window)
    window.actions["theme_sepia"].trigger()
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.comforts.themes.theme.name == "sepia"  # an explicit choice ignores the desktop


def test_system_theme_follows_the_desktop_colour_scheme() -> None:
    assert resolve_theme("system", system_dark=True).name == "dark"
    assert resolve_theme("system", system_dark=False).name == "light"
    assert resolve_theme("no-such-theme", system_dark=True).name == "dark"
    assert resolve_theme("sepia", system_dark=True).name == "sepia"
    disabled = build_palette(THEMES["dark"]).color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert disabled == QColor(THEMES["dark"].muted_text)


# -- zoom and font -------------------------------------------------------------------------
def test_zoom_keys_change_the_text_size_and_keep_the_place(qtbot: Any, window: MainWindow) -> None:
    view = window.view
    block = 6
    view.scroll_to_offset(view.blocks[block].start)
    body = view.document().findBlockByNumber(block).charFormat().font().pointSizeF()
    _press(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    _press(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.point_size == BODY_POINT_SIZE + 2
    zoomed = view.document().findBlockByNumber(block).charFormat().font().pointSizeF()
    assert zoomed == pytest.approx(body + 2)
    assert view.block_index_at(view.top_offset()) == block
    _press(qtbot, window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.point_size == BODY_POINT_SIZE + 1
    _press(qtbot, window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.point_size == BODY_POINT_SIZE
    assert window.settings.font_size == BODY_POINT_SIZE


def test_zoom_keeps_highlights_and_stops_at_the_limits(qtbot: Any, window: MainWindow) -> None:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#ffe066"))
    window.view.set_highlight_layer("user", [(40, 50, fmt, "mine")])
    for _ in range(60):
        window.actions["zoom_in"].trigger()
    assert window.view.point_size == 36
    assert not window.actions["zoom_in"].isEnabled()
    assert window.view.highlight_layer("user") == [(40, 50, fmt, "mine")]
    assert len(window.view.extraSelections()) >= 1


def test_font_family_keeps_cjk_fallbacks(qtbot: Any, window: MainWindow) -> None:
    window.comforts.set_font_family("DejaVu Sans")
    families = window.view.body_fonts
    assert families[0] == "DejaVu Sans"
    assert any("CJK" in f for f in families[1:])
    paragraph = window.view.document().findBlockByNumber(2).charFormat().font()
    assert paragraph.families()[0] == "DejaVu Sans"
    assert window.settings.font_family == "DejaVu Sans"


# -- languages -----------------------------------------------------------------------------
def test_language_menu_switches_menus_docks_and_tooltips(qtbot: Any, window: MainWindow) -> None:
    file_menu = window.actions.menus["file"]
    assert file_menu.title() == "&File"
    window.actions["language_zh_CN"].trigger()
    assert file_menu.title() == "文件(&F)"
    assert window.actions["zoom_in"].text() == "放大(&I)"
    assert window.outline_dock.windowTitle() == "大纲"
    script_label = window.findChild(QLabel, "script_label")
    assert script_label.text().strip() == "字形：" and script_label.buddy() is window.script_combo
    assert window.script_combo.toolTip().startswith("以另一种字形显示文章")
    window.actions["language_zh_TW"].trigger()
    assert file_menu.title() == "檔案(&F)"
    assert window.actions["print"].text() == "列印(&P)…"
    assert window.actions["language_zh_TW"].isChecked()
    assert window.actions["language_zh_TW"].text() == "繁體中文"
    window.actions["language_en"].trigger()
    assert file_menu.title() == "&File"
    assert window.outline_dock.windowTitle() == "Outline"
    assert script_label.text().strip() == "Script:"


def test_system_locale_picks_the_chinese_script() -> None:
    assert language_for_locale(QLocale("zh_CN")) == "zh_CN"
    assert language_for_locale(QLocale("zh_SG")) == "zh_CN"
    assert language_for_locale(QLocale("zh_TW")) == "zh_TW"
    assert language_for_locale(QLocale("zh_HK")) == "zh_TW"
    assert language_for_locale(QLocale("en_GB")) == "en"
    assert language_for_locale(QLocale("fr_FR")) == "en"
    assert resolve_language("zh_TW", QLocale("en_US")) == "zh_TW"
    assert resolve_language("system", QLocale("zh_MO")) == "zh_TW"


# -- remembered state ----------------------------------------------------------------------
def test_settings_survive_a_restart(qtbot: Any, tmp_path: Path) -> None:
    ini = tmp_path / "reader.ini"
    first = make_window(qtbot, tmp_path, ini=ini)
    first.actions["theme_sepia"].trigger()
    first.actions["zoom_in"].trigger()
    first.comforts.set_font_family("DejaVu Serif")
    first.actions["language_zh_TW"].trigger()
    first.view.scroll_to_offset(first.view.blocks[9].start)
    first.close()
    first.comforts.translations.set_language("en")  # as if the process ended; the setting stays
    first.comforts.deleteLater()

    second = make_window(qtbot, tmp_path, ini=ini, path=None)
    try:
        assert second.comforts.themes.choice == "sepia"
        assert second.actions["theme_sepia"].isChecked()
        assert second.view.point_size == BODY_POINT_SIZE + 1
        assert second.view.body_fonts[0] == "DejaVu Serif"
        assert second.actions.menus["file"].title() == "檔案(&F)"
        recent = second.comforts.recent_actions()
        assert [a.data() for a in recent] == [str(SEED.resolve())]
        recent[0].trigger()
        qtbot.waitUntil(lambda: second.path is not None)
        qtbot.waitUntil(lambda: second.view.block_index_at(second.view.top_offset()) == 9)
    finally:
        second.comforts.set_language("en")
        second.comforts.set_theme("system")


def test_each_article_reopens_where_it_was_left(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    shutil.copyfile(SEED, other)
    view = window.view
    view.scroll_to_offset(view.blocks[7].start)
    assert window.open_path(other)
    assert view.block_index_at(view.top_offset()) == 0
    view.scroll_to_offset(view.blocks[3].start)
    assert window.open_path(SEED)
    qtbot.waitUntil(lambda: view.block_index_at(view.top_offset()) == 7)
    assert window.open_path(other)
    qtbot.waitUntil(lambda: view.block_index_at(view.top_offset()) == 3)
    assert window.open_path(other)  # opened again while shown: the place is kept
    qtbot.waitUntil(lambda: view.block_index_at(view.top_offset()) == 3)
    assert [Path(a.data()).name for a in window.comforts.recent_actions()] == ["other.txt", SEED.name]
    assert window.comforts.recent_actions()[0].text().startswith("&1 ")
    window.actions["clear_recent"].trigger()
    assert window.comforts.recent_actions() == []
    assert not window.actions["clear_recent"].isEnabled()


def test_dropping_a_file_on_the_window_opens_it(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    dropped = tmp_path / "dropped.txt"
    dropped.write_text("拖进来的文章\n\n这是我们自己写的一段话，用来测试拖放。\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    point = QPoint(window.width() // 2, window.height() // 2)
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: window.path == dropped)
    assert window.shown_document is not None
    assert window.shown_document.text.startswith("拖进来的文章")

    mime_text = QMimeData()
    mime_text.setText("just text")
    refused = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime_text, Qt.MouseButton.LeftButton,
                              Qt.KeyboardModifier.NoModifier)
    refused.ignore()
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()


# -- help ----------------------------------------------------------------------------------
def test_keyboard_shortcuts_dialog_lists_the_registry(qtbot: Any, window: MainWindow) -> None:
    _press(qtbot, window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutsDialog)
                    or bool(window.findChildren(ShortcutsDialog)))
    dialog = window.findChildren(ShortcutsDialog)[0]
    rows = dict(dialog.visible_rows())
    for name, action in window.actions.items():
        if action.shortcuts() and action.isVisible():
            assert any(label.endswith(plain_text(action.text())) for label in rows), name
    assert rows["Zoom In"].startswith("Ctrl++")
    assert rows["Open…"] == "Ctrl+O"  # not "Ctrl+O, Open": media keyboard keys are left out
    assert "Theme ▸ Dark" in rows and "Language ▸ 繁體中文" in rows
    assert "F1" in rows["Keyboard Shortcuts"]
    qtbot.keyClicks(dialog.filter_edit, "zoom")
    assert sorted(text for text, _keys in dialog.visible_rows()) == ["Zoom In", "Zoom Out"]
    dialog.close()


def test_every_registry_action_has_a_menu_entry_or_a_shortcut(qtbot: Any, tmp_path: Path) -> None:
    empty = make_window(qtbot, tmp_path, path=None)

    def menu_actions(menu: Any) -> list[Any]:
        found = []
        for action in menu.actions():
            found += menu_actions(action.menu()) if action.menu() else [action]
        return found

    in_menus = {id(a) for menu in empty.actions.menus.values() for a in menu_actions(menu)}
    for name, action in empty.actions.items():
        assert id(action) in in_menus or action.shortcuts(), name

    document_only = {"print", "export_pdf"}
    always = {"zoom_in", "zoom_out", "zoom_reset", "choose_font", "full_screen", "shortcuts", "about",
              "theme_dark", "language_zh_CN"}
    assert not any(empty.actions[name].isEnabled() for name in document_only)
    assert all(empty.actions[name].isEnabled() for name in always)
    assert empty.open_path(SEED)
    assert all(empty.actions[name].isEnabled() for name in document_only | always)


def test_every_comfort_action_is_in_a_menu(window: MainWindow) -> None:
    def menu_actions(menu: Any) -> list[Any]:
        found = []
        for action in menu.actions():
            found += menu_actions(action.menu()) if action.menu() else [action]
        return found

    in_menus = {id(a) for key, menu in window.actions.menus.items() for a in menu_actions(menu)}
    from reader.ui.comforts import COMFORT_SPECS

    for spec in COMFORT_SPECS:
        assert id(window.actions[spec.name]) in in_menus, spec.name


def test_about_dialog_lists_versions_and_licences(qtbot: Any, window: MainWindow) -> None:
    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    rows = {name: (version, licence) for name, version, licence in dialog.component_rows()}
    assert rows["Reader"][0] == reader.__version__
    assert rows["Qt"][0] == qVersion()
    pyside = next(v for k, v in rows.items() if k.lower().replace("_", "-") == "pyside6-essentials")
    assert pyside[0] == pyside_version
    assert "LGPL" in pyside[1]
    opencc_row = next(v for k, v in rows.items() if k.lower() == "opencc")
    assert opencc_row == (metadata.version("OpenCC"), "Apache-2.0")
    assert all(licence and licence != "unknown" for _v, licence in rows.values())
    assert len(components()) == dialog.table.rowCount()


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_about_dialog_lists_exactly_the_declared_dependencies(qtbot: Any, window: MainWindow) -> None:
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    with pyproject.open("rb") as handle:
        declared = tomllib.load(handle)["project"]["dependencies"]
    names = [re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0] for requirement in declared]
    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    rows = dialog.component_rows()
    assert [name for name, _v, _l in rows[:3]] == ["Reader", "Python", "Qt"]
    assert [_normal(name) for name, _v, _l in rows[3:]] == [_normal(n) for n in names]
    for (_name, version, licence), declared_name in zip(rows[3:], names, strict=True):
        assert version == metadata.version(declared_name)
        assert licence and licence != "unknown"
    assert not any("charset" in name.lower() for name, _v, _l in rows)


def test_away_from_a_checkout_the_installed_metadata_names_them(monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.ui import about_dialog

    monkeypatch.setattr(about_dialog, "_checkout_pyproject", lambda: None)
    monkeypatch.setattr(
        about_dialog.metadata, "requires",
        lambda name: ["PySide6-Essentials<6.12,>=6.6", "opencc>=1.1.9", 'pytest>=8; extra == "test"',
                      "markdown>=3.5; python_version >= \"3.11\""] if name == "reader" else None,
    )
    assert about_dialog.declared_dependencies() == ["PySide6-Essentials", "opencc", "markdown"]
    rows = [c.name for c in about_dialog.components()]
    assert "pytest" not in rows and len(rows) == 6


# -- print and PDF -------------------------------------------------------------------------
def test_save_as_pdf_writes_the_shown_script_with_highlights(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#8ce99a"))
    window.view.set_highlight_layer("user", [(30, 42, fmt, "")])
    search = QTextCharFormat()
    search.setBackground(QColor("#fff176"))
    window.view.set_highlight_layer("search", [(60, 64, search, "")])
    clone = printing.printable_document(window.view)

    def background_at(offset: int) -> str:
        position = window.view.cursor_for(offset, offset).position()
        it = clone.findBlock(position).begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.position() <= position < frag.position() + frag.length():
                return str(frag.charFormat().background().color().name())
            it += 1
        return ""

    assert background_at(35) == "#8ce99a"
    assert background_at(61) != "#fff176"  # search marks are not part of the article
    assert clone.toPlainText() == window.view.document().toPlainText()
    cursor = window.view.cursor_for(35, 36)
    shown_format = window.view.document().findBlock(cursor.position()).charFormat()
    assert shown_format.background().style() == Qt.BrushStyle.NoBrush  # the window's own text is untouched

    target = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    window.actions["export_pdf"].trigger()
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 2000
    window.actions["export_pdf"].trigger()  # again: the first file is kept as a backup
    assert (tmp_path / "out.pdf.bak").read_bytes() == data[: len((tmp_path / "out.pdf.bak").read_bytes())]


def test_print_goes_to_a_printer_device(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printing.print_to(window.view, printer)
    assert out.read_bytes().startswith(b"%PDF-")
    assert out.stat().st_size > 2000


def test_pdf_of_an_unwritable_place_says_why(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "missing-folder" / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *a: warnings.append(f"{title}: {text}")
    )
    assert window.comforts.export_pdf() is None
    assert warnings and "does not exist" in warnings[0]


# -- shipped translations ------------------------------------------------------------------
@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_shipped_translations_cover_menus_and_comfort_actions(qapp: Any, language: str) -> None:
    from PySide6.QtCore import QTranslator

    from reader import resources
    from reader.ui.actions import MENUS
    from reader.ui.comforts import COMFORT_SPECS, SUBMENUS, TRANSLATED_LABELS

    translator = QTranslator()
    assert translator.load(str(resources.translation_path(language)))
    for _key, label in (*MENUS, *[(k, label) for k, _parent, label in SUBMENUS]):
        assert translator.translate("Menus", label), label
    for spec in COMFORT_SPECS:
        if spec.name.startswith("language_") and spec.text not in TRANSLATED_LABELS:
            continue
        assert translator.translate("Actions", spec.text), spec.text
        if spec.tip:
            assert translator.translate("Actions", spec.tip), spec.tip
    view_menu = translator.translate("Menus", "&View")
    assert view_menu == {"zh_CN": "视图(&V)", "zh_TW": "檢視(&V)"}[language]


def test_a_missing_resource_is_named() -> None:
    from reader import resources

    with pytest.raises(resources.MissingResourceError, match=r"icons/no-such-icon\.svg"):
        resources.icon_path("no-such-icon")


def _update_translations_script() -> Any:
    """resources/update_translations.py as a module (it is a script, not part of the package)."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "resources" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_interface_text_is_translated(qapp: Any, language: str) -> None:
    """Every tr()/translate() text under reader/ui and every table label (menus, actions, docks,
    accessible names) is in the shipped catalogue, finished, and translated by the compiled .qm."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QTranslator

    from reader import resources

    script = _update_translations_script()
    wanted = set(script.lupdate_messages()) | set(script.dynamic_messages())
    assert ("Accessibility", "Article") in wanted and ("FindBar", "Previous match") in wanted
    ts = ET.parse(resources.translation_path(language).with_suffix(".ts")).getroot()
    shipped: dict[tuple[str, str], ET.Element] = {}
    for context in ts.iter("context"):
        for message in context.iter("message"):
            shipped[(context.findtext("name") or "", message.findtext("source") or "")] = message
    missing = sorted(f"{c}: {s}" for c, s in wanted if s and (c, s) not in shipped)
    assert missing == [], "run resources/update_translations.py"

    def finished(message: ET.Element) -> bool:
        node = message.find("translation")
        return node is not None and node.get("type") != "unfinished" and bool(node.text)

    unfinished = sorted(f"{c}: {s}" for (c, s), m in shipped.items() if not finished(m))
    assert unfinished == []
    translator = QTranslator()
    assert translator.load(str(resources.translation_path(language)))
    untranslated = sorted(f"{c}: {s}" for c, s in wanted if s and not translator.translate(c, s))
    assert untranslated == []
