"""The highlights store: saved and restored, re-attached after edits, merged between windows, never lost."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader import atomic, paths
from reader.storage import (
    CONTEXT,
    HighlightError,
    HighlightStore,
    StoreLockedError,
    StoreReadOnlyError,
    add_highlight,
    anchor,
    document_key,
    highlights_at,
    load_highlights,
    make_highlight,
    reattach,
    remove_highlight,
    update_highlight,
)

TEXT = (
    "城東社區舉辦讀書節\n"
    "讀書節今天在城東社區開幕，社區主任李明華希望大家多讀書、讀好書。\n"
    "圖書館館長王小芳表示，今年將新增兩千冊兒童圖書，並延長周末開放時間。\n"
    "活動持續一周，居民可以免費借閱。\n"
)


def _hl(text: str, passage: str, nth: int = 0, **kw: str) -> object:
    start = -1
    for _ in range(nth + 1):
        start = text.index(passage, start + 1)
    return make_highlight(text, start, start + len(passage), **kw)


def _article(tmp_path: Path, text: str = TEXT, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- paths -------------------------------------------------------------------------------------


def test_app_data_folder_per_platform() -> None:
    home = {"HOME": "/home/ann"}
    assert paths.data_dir("linux", home) == Path("/home/ann/.local/share/reader")
    assert paths.data_dir("linux", {**home, "XDG_DATA_HOME": "/data"}) == Path("/data/reader")
    relative = {**home, "XDG_DATA_HOME": "relative"}
    assert paths.data_dir("linux", relative) == Path("/home/ann/.local/share/reader")
    assert paths.data_dir("darwin", home) == Path("/home/ann/Library/Application Support/Reader")
    assert paths.data_dir("win32", {"APPDATA": "C:/Users/ann/AppData/Roaming"}) == Path(
        "C:/Users/ann/AppData/Roaming/Reader"
    )
    assert paths.data_dir("win32", {**home, "READER_DATA_DIR": "/x"}) == Path("/x")
    assert paths.config_dir("linux", {**home, "XDG_CONFIG_HOME": "/cfg"}) == Path("/cfg/reader")
    assert paths.config_dir("linux", home) == Path("/home/ann/.config/reader")
    assert paths.config_dir("darwin", home) == Path("/home/ann/Library/Preferences/Reader")
    assert paths.config_dir("win32", {**home, "READER_CONFIG_DIR": "/c"}) == Path("/c")
    assert paths.highlights_dir("linux", home) == Path("/home/ann/.local/share/reader/highlights")


def test_tests_never_use_the_real_folder(tmp_path: Path) -> None:
    assert "appdata" in str(paths.data_dir())
    assert HighlightStore().folder == paths.data_dir() / "highlights"


# --- pure functions ----------------------------------------------------------------------------


def test_make_highlight_keeps_context() -> None:
    h = _hl(TEXT, "兩千冊兒童圖書", color="#A0E0FF", note="數字")
    assert TEXT[h.start : h.end] == h.text == "兩千冊兒童圖書"
    assert h.prefix == TEXT[h.start - CONTEXT : h.start] and len(h.prefix) == CONTEXT
    assert h.suffix == TEXT[h.end : h.end + CONTEXT]
    assert h.color == "#a0e0ff" and h.note == "數字" and h.id and h.created
    at_start = make_highlight(TEXT, 0, 2)
    assert at_start.prefix == ""
    with pytest.raises(HighlightError):
        make_highlight(TEXT, 5, 5)
    with pytest.raises(HighlightError):
        make_highlight(TEXT, 0, len(TEXT) + 1)
    with pytest.raises(HighlightError, match="colour"):
        make_highlight(TEXT, 0, 2, color="red")


def test_edit_functions_are_pure_for_undo() -> None:
    a = _hl(TEXT, "李明華")
    b = _hl(TEXT, "城東社區", 0)
    one = add_highlight((), a)
    two = add_highlight(one, b)
    assert one == (a,) and [h.text for h in two] == ["城東社區", "李明華"]
    edited = update_highlight(two, a.id, note="主任", color="#123abc")
    assert [h.note for h in two] == ["", ""]
    assert next(h for h in edited if h.id == a.id).note == "主任"
    removed = remove_highlight(edited, b.id)
    assert [h.id for h in removed] == [a.id] and len(edited) == 2
    assert highlights_at(two, a.start + 1) == (a,)
    with pytest.raises(HighlightError):
        add_highlight(two, a)
    with pytest.raises(HighlightError):
        remove_highlight(removed, b.id)
    with pytest.raises(HighlightError):
        update_highlight(two, "nope", note="x")


def test_anchor_exact_shifted_repeated_and_lost() -> None:
    h = _hl(TEXT, "兩千冊兒童圖書")
    assert anchor(h, TEXT) == h
    edited = TEXT.replace("讀書節今天", "第三屆讀書節今天")
    moved = anchor(h, edited)
    assert moved is not None and moved.start == h.start + 3 and edited[moved.start : moved.end] == h.text
    # The passage now appears twice; context picks the right one even though the other is nearer.
    second = "城東社區"
    h2 = _hl(TEXT, second, 1)  # the one in the first paragraph
    shifted = "城東社區城東社區簡報\n" + TEXT[: h2.start - 3] + TEXT[h2.start - 3 :]
    placed = anchor(h2, shifted)
    assert placed is not None and placed.prefix.endswith(h2.prefix[-4:])
    assert shifted[placed.start - 3 : placed.start] == TEXT[h2.start - 3 : h2.start]
    # Gone from the text: not placed.
    assert anchor(h, TEXT.replace("兩千冊兒童圖書", "一批新書")) is None


def test_ambiguous_or_tiny_matches_are_not_guessed() -> None:
    text = "甲乙丙丁戊己庚辛壬癸"
    h = make_highlight(text, 2, 4)  # 丙丁
    # Two copies and neither context matches: do not guess.
    assert anchor(h, "子丑寅丙丁卯辰巳丙丁午未") is None
    # One copy, no context, but only two characters: not trusted.
    assert anchor(h, "子丑寅卯丙丁辰巳午未申酉") is None
    longer = make_highlight(text, 2, 7)
    assert anchor(longer, "子丑寅卯丙丁戊己庚辰巳") is not None


def test_reattach_reports_unplaced_and_moved() -> None:
    keep = _hl(TEXT, "延長周末開放時間")
    lose = _hl(TEXT, "免費借閱")
    edited = "前言。\n" + TEXT.replace("免費借閱", "預約參觀")
    result = reattach([keep, lose], edited)
    assert [h.id for h in result.placed] == [keep.id]
    assert result.unplaced == (lose,)
    assert result.moved == (keep.id,)


# --- saving and restoring ----------------------------------------------------------------------


def test_saved_highlights_come_back(tmp_path: Path) -> None:
    path = _article(tmp_path)
    session = HighlightStore().open(TEXT, path)
    assert session.highlights == () and session.warnings == ()
    h = _hl(TEXT, "李明華", note="社區主任")
    shown = session.save(add_highlight(session.highlights, h))
    assert shown == (h,)
    again = load_highlights(TEXT, path)
    assert again.highlights == (h,) and again.unplaced == () and again.warnings == ()
    data = json.loads(again.store_file.read_text(encoding="utf-8"))
    assert data["schema"] == 1 and data["document"] == document_key(TEXT)
    assert again.store_file.name == f"{document_key(TEXT)}.json"


def test_opening_leaves_no_trace(tmp_path: Path) -> None:
    store = HighlightStore(tmp_path / "store")
    session = store.open(TEXT, _article(tmp_path))
    session.save(())
    assert not store.folder.exists()


def test_highlights_follow_a_moved_file(tmp_path: Path) -> None:
    old = _article(tmp_path, name="a.txt")
    h = _hl(TEXT, "兩千冊兒童圖書")
    store = HighlightStore()
    store.open(TEXT, old).save((h,))
    new = tmp_path / "sub" / "renamed.txt"
    new.parent.mkdir()
    old.rename(new)
    session = store.open(new.read_text(encoding="utf-8"), new)
    assert session.highlights == (h,)
    index = json.loads(store.index_file.read_text(encoding="utf-8"))["paths"]
    assert index[str(new)] == document_key(TEXT)


def test_edited_file_reattaches_and_reports_what_it_cannot_place(tmp_path: Path) -> None:
    path = _article(tmp_path)
    store = HighlightStore()
    keep = _hl(TEXT, "延長周末開放時間", note="好消息")
    lose = _hl(TEXT, "免費借閱")
    store.open(TEXT, path).save((keep, lose))
    old_file = store.file_for(document_key(TEXT))
    old_bytes = old_file.read_bytes()

    edited = "（本報訊）" + TEXT.replace("免費借閱", "預約參觀")
    path.write_text(edited, encoding="utf-8")
    session = store.open(edited, path)
    assert [h.text for h in session.highlights] == ["延長周末開放時間"]
    placed = session.highlights[0]
    assert placed.note == "好消息" and edited[placed.start : placed.end] == placed.text
    assert placed.start == keep.start + len("（本報訊）")
    assert [h.id for h in session.unplaced] == [lose.id]
    assert any("1 re-attached" in w and "1 could not be placed" in w for w in session.warnings)
    # The old version's store is untouched; the new one keeps the unplaced highlight too.
    assert old_file.read_bytes() == old_bytes
    saved = json.loads(session.store_file.read_text(encoding="utf-8"))
    assert {e["id"]: e["placed"] for e in saved["highlights"]} == {keep.id: True, lose.id: False}
    # It is still there after editing the others, after reopening, and after a move.
    session.save(update_highlight(session.highlights, keep.id, note="已確認"))
    again = store.open(edited, path)
    assert [h.id for h in again.unplaced] == [lose.id] and again.highlights[0].note == "已確認"
    # Only an explicit discard removes it.
    assert again.discard_unplaced([lose.id]) == ()
    assert store.open(edited, path).unplaced == ()


def test_unplaced_highlights_come_back_when_the_text_does(tmp_path: Path) -> None:
    path = _article(tmp_path)
    store = HighlightStore()
    h = _hl(TEXT, "免費借閱")
    store.open(TEXT, path).save((h,))
    edited = TEXT.replace("免費借閱", "預約參觀")
    path.write_text(edited, encoding="utf-8")
    assert store.open(edited, path).unplaced == (h,)
    restored = TEXT + "附記。\n"
    path.write_text(restored, encoding="utf-8")
    assert [x.id for x in store.open(restored, path).highlights] == [h.id]


# --- damage -------------------------------------------------------------------------------------


def test_damaged_store_is_moved_aside_and_reported(tmp_path: Path) -> None:
    store = HighlightStore()
    path = _article(tmp_path)
    store.folder.mkdir(parents=True)
    damaged = store.file_for(document_key(TEXT))
    damaged.write_bytes(b'{"schema": 1, "highlights": [{"id": "x", "sta')
    session = store.open(TEXT, path)
    assert session.highlights == ()
    assert len(session.warnings) == 1 and "damaged" in session.warnings[0]
    aside = [p for p in store.folder.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and str(aside[0]) in session.warnings[0]
    assert aside[0].read_bytes() == b'{"schema": 1, "highlights": [{"id": "x", "sta'
    # The app goes on: new highlights save normally.
    h = _hl(TEXT, "李明華")
    session.save((h,))
    assert store.open(TEXT, path).highlights == (h,)


def test_damaged_store_recovers_from_its_backup(tmp_path: Path) -> None:
    store = HighlightStore()
    path = _article(tmp_path)
    a = _hl(TEXT, "李明華")
    b = _hl(TEXT, "王小芳")
    session = store.open(TEXT, path)
    session.save((a,))
    session.save((a, b))  # the first version is now the .bak
    session.store_file.write_text("\x00\x00garbage", encoding="utf-8")
    again = store.open(TEXT, path)
    assert again.highlights == (a,)
    assert any("moved aside" in w for w in again.warnings)
    assert any("recovered from the backup" in w for w in again.warnings)
    # The recovered highlights are written back at once: the next open is clean.
    assert json.loads(again.store_file.read_text(encoding="utf-8"))["highlights"][0]["id"] == a.id
    clean = store.open(TEXT, path)
    assert clean.highlights == (a,) and clean.warnings == ()


def test_unreadable_entries_are_kept_verbatim(tmp_path: Path) -> None:
    store = HighlightStore()
    path = _article(tmp_path)
    good = _hl(TEXT, "李明華")
    session = store.open(TEXT, path)
    session.save((good,))
    data = json.loads(session.store_file.read_text(encoding="utf-8"))
    strange = {"id": "from-the-future", "start": "3", "shape": "circle"}
    data["highlights"].append(strange)
    session.store_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    again = store.open(TEXT, path)
    assert again.highlights == (good,)
    assert any("could not be read" in w for w in again.warnings)
    other = _hl(TEXT, "王小芳")
    again.save((good, other))
    saved = json.loads(again.store_file.read_text(encoding="utf-8"))
    assert strange in saved["broken"]
    assert {e["id"] for e in saved["highlights"]} == {good.id, other.id}


def test_store_from_a_newer_reader_is_read_only(tmp_path: Path) -> None:
    store = HighlightStore()
    path = _article(tmp_path)
    h = _hl(TEXT, "李明華")
    session = store.open(TEXT, path)
    session.save((h,))
    data = json.loads(session.store_file.read_text(encoding="utf-8"))
    data["schema"] = 99
    data["new_feature"] = {"keep": True}
    raw = json.dumps(data)
    session.store_file.write_text(raw, encoding="utf-8")
    newer = store.open(TEXT, path)
    assert newer.read_only and newer.highlights == (h,)
    assert any("newer version" in w for w in newer.warnings)
    with pytest.raises(StoreReadOnlyError):
        newer.save(())
    assert session.store_file.read_text(encoding="utf-8") == raw


def test_damaged_index_is_moved_aside(tmp_path: Path) -> None:
    store = HighlightStore()
    path = _article(tmp_path)
    store.open(TEXT, path).save((_hl(TEXT, "李明華"),))
    store.index_file.write_text("[", encoding="utf-8")
    edited = TEXT + "補記。\n"
    session = store.open(edited, path)
    assert any("index was damaged" in w for w in session.warnings)
    assert any(".damaged-" in p.name and p.name.startswith("index") for p in store.folder.iterdir())


def test_failed_save_keeps_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = HighlightStore()
    path = _article(tmp_path)
    a = _hl(TEXT, "李明華")
    session = store.open(TEXT, path)
    session.save((a,))
    before = session.store_file.read_bytes()

    def disk_full(*args: object, **kwargs: object) -> None:
        raise atomic.AtomicWriteError("cannot write: No space left on device")

    monkeypatch.setattr(atomic, "write_text", disk_full)
    from reader.storage import StoreError

    with pytest.raises(StoreError, match="No space left"):
        session.save((a, _hl(TEXT, "王小芳")))
    assert session.store_file.read_bytes() == before
    monkeypatch.undo()
    assert store.open(TEXT, path).highlights == (a,)


def test_highlight_that_does_not_match_the_text_is_refused(tmp_path: Path) -> None:
    session = HighlightStore().open(TEXT, _article(tmp_path))
    h = _hl(TEXT, "李明華")
    from dataclasses import replace

    with pytest.raises(HighlightError):
        session.save((replace(h, start=h.start + 1, end=h.end + 1),))


# --- two windows --------------------------------------------------------------------------------


def test_two_windows_merge_instead_of_overwriting(tmp_path: Path) -> None:
    path = _article(tmp_path)
    store = HighlightStore()
    first = store.open(TEXT, path)
    second = store.open(TEXT, path)
    a = _hl(TEXT, "李明華")
    b = _hl(TEXT, "王小芳")
    first.save((a,))
    merged = second.save((b,))  # second never saw a, and must not erase it
    assert {h.id for h in merged} == {a.id, b.id}
    # The first window removes a; the second, which still shows a, edits b: a stays deleted.
    assert {h.id for h in first.reload()} == {a.id, b.id}
    first.save(remove_highlight(first.highlights, a.id))
    merged = second.save(update_highlight(second.highlights, b.id, note="館長"))
    assert [(h.id, h.note) for h in merged] == [(b.id, "館長")]
    # Undo of the removal in the first window brings a back (its tombstone is lifted).
    restored = first.save((a, *first.highlights))
    assert {h.id for h in restored} == {a.id, b.id}
    assert next(h for h in restored if h.id == b.id).note == "館長"
    final = store.open(TEXT, path)
    assert {h.id for h in final.highlights} == {a.id, b.id}


def test_undoing_an_edit_never_removes_another_windows_highlights(tmp_path: Path) -> None:
    path = _article(tmp_path)
    store = HighlightStore()
    mine = store.open(TEXT, path)
    theirs = store.open(TEXT, path)
    a = _hl(TEXT, "李明華")
    b = _hl(TEXT, "王小芳")
    before, after = mine.highlights, add_highlight(mine.highlights, a)
    mine.save_change(before, after)  # the edit
    theirs.save(add_highlight(theirs.highlights, b))
    # Undo in the first window: only a goes, b (saved by the other window) stays.
    shown = mine.save_change(after, before)
    assert [h.id for h in shown] == [b.id]
    # Redo brings a back, with b still there.
    shown = mine.save_change(before, after)
    assert {h.id for h in shown} == {a.id, b.id}
    # An edit through save_change touches only that highlight.
    noted = update_highlight(after, a.id, note="主任")
    shown = mine.save_change(after, noted)
    assert {(h.id, h.note) for h in shown} == {(a.id, "主任"), (b.id, "")}
    assert mine.take_warnings() == () and mine.warnings == ()


def test_a_store_damaged_while_open_is_reported_on_save(tmp_path: Path) -> None:
    path = _article(tmp_path)
    store = HighlightStore()
    session = store.open(TEXT, path)
    a = _hl(TEXT, "李明華")
    session.save((a,))
    session.store_file.write_text("{", encoding="utf-8")
    b = _hl(TEXT, "王小芳")
    shown = session.save((a, b))
    # The damaged file went aside; what this window showed (a) is put back with its change (b).
    assert {h.id for h in shown} == {a.id, b.id}
    assert {h.id for h in store.open(TEXT, path).highlights} == {a.id, b.id}
    warnings = session.take_warnings()
    assert any("moved aside" in w for w in warnings)
    assert session.take_warnings() == ()


def test_concurrent_saves_from_many_windows_all_survive(tmp_path: Path) -> None:
    path = _article(tmp_path)
    store = HighlightStore()
    passages = ["李明華", "王小芳", "讀書節", "兩千冊", "周末", "居民", "借閱", "圖書館"]
    errors: list[BaseException] = []

    def window(word: str) -> None:
        try:
            session = HighlightStore(store.folder).open(TEXT, path)
            shown = session.highlights
            for nth in range(TEXT.count(word)):
                shown = session.save(add_highlight(shown, _hl(TEXT, word, nth)))
        except BaseException as exc:  # reported below; a thread's exception is otherwise lost
            errors.append(exc)

    threads = [threading.Thread(target=window, args=(w,)) for w in passages]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    expected = sum(TEXT.count(w) for w in passages)
    assert len(store.open(TEXT, path).highlights) == expected


def test_a_held_lock_times_out_with_a_clear_error(tmp_path: Path) -> None:
    path = _article(tmp_path)
    store = HighlightStore(lock_timeout=0.1)
    session = store.open(TEXT, path)
    other = HighlightStore(store.folder, lock_timeout=5)
    with other._lock(), pytest.raises(StoreLockedError, match="busy"):
        session.save((_hl(TEXT, "李明華"),))
    session.save((_hl(TEXT, "李明華"),))


# --- properties -----------------------------------------------------------------------------------

# A small alphabet makes repeated passages (the hard case for re-attaching) common.
_chars = st.text(alphabet="城市更新讀書，。\n“”", min_size=0, max_size=60)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="城市更新讀書，。\n“”", min_size=2, max_size=120),
    data=st.data(),
)
def test_reattach_never_misplaces_or_drops(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    h = make_highlight(text, start, end)
    at = data.draw(st.integers(0, len(text)))
    cut = data.draw(st.integers(at, min(len(text), at + 10)))
    insert = data.draw(_chars)
    edited = text[:at] + insert + text[cut:]
    result = reattach([h], edited)
    assert len(result.placed) + len(result.unplaced) == 1
    for p in result.placed:
        assert edited[p.start : p.end] == h.text == p.text
        assert p.prefix == edited[max(0, p.start - CONTEXT) : p.start]
        assert p.suffix == edited[p.end : p.end + CONTEXT]
    if result.unplaced:
        assert result.unplaced[0] == h
    # An edit away from the passage and its context never loses it.
    if cut < start - CONTEXT or at > end + CONTEXT:
        assert result.placed, (text, edited, h)
        p = result.placed[0]
        assert p.prefix.endswith(h.prefix) and p.suffix.startswith(h.suffix)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="城市更新讀書，。", min_size=2, max_size=150),
    data=st.data(),
)
def test_searching_near_first_finds_what_a_full_scan_finds(text: str, data: st.DataObject) -> None:
    """The near-the-old-offset shortcut is an optimisation only: same answer as scanning everything."""
    import reader.storage as storage

    start = data.draw(st.integers(0, len(text) - 1))
    h = make_highlight(text, start, data.draw(st.integers(start + 1, min(len(text), start + 6))))
    at = data.draw(st.integers(0, len(text)))
    edited = text[:at] + data.draw(_chars) + text[at + data.draw(st.integers(0, 5)) :]
    saved = storage.NEAR
    try:
        storage.NEAR = data.draw(st.integers(0, 8))
        windowed = anchor(h, edited)
        storage.NEAR = 10**9
        scanned = anchor(h, edited)
    finally:
        storage.NEAR = saved
    assert windowed == scanned


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ops=st.lists(
        st.tuples(st.integers(0, 2), st.sampled_from(["add", "remove", "reload"]), st.integers(0, 40)),
        max_size=14,
    )
)
def test_windows_in_any_order_agree_with_a_simple_model(ops: list[tuple[int, str, int]]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        store = HighlightStore(folder)
        windows = [store.open(TEXT, Path(folder) / "a.txt") for _ in range(3)]
        views: list[tuple] = [() for _ in windows]  # type: ignore[type-arg]
        expected: set[str] = set()
        for who, action, n in ops:
            session = windows[who]
            if action == "add":
                start = n % (len(TEXT) - 3)
                h = make_highlight(TEXT, start, start + 2)
                views[who] = session.save(add_highlight(views[who], h))
                expected.add(h.id)
            elif action == "remove" and views[who]:
                gone = views[who][n % len(views[who])]
                views[who] = session.save(remove_highlight(views[who], gone.id))
                expected.discard(gone.id)
            else:
                views[who] = session.reload()
                assert {h.id for h in views[who]} == expected
            assert {h.id for h in store.open(TEXT, Path(folder) / "a.txt").highlights} == expected


def test_reload_after_the_store_was_damaged_keeps_what_the_window_shows(tmp_path: Path) -> None:
    path = _article(tmp_path)
    store = HighlightStore()
    session = store.open(TEXT, path)
    a = _hl(TEXT, "李明華")
    session.save((a,))
    session.store_file.write_bytes(b"\xff\xfe not json")
    assert session.reload() == (a,)
    assert any("moved aside" in w for w in session.take_warnings())
    assert store.open(TEXT, path).highlights == (a,)
    # A store file deleted behind the window's back is written again too.
    session.store_file.unlink()
    atomic.backup_path(session.store_file).unlink(missing_ok=True)
    assert session.reload() == (a,)
    assert store.open(TEXT, path).highlights == (a,)


def test_separate_processes_merge_their_highlights(tmp_path: Path) -> None:
    """Two Reader instances (processes, not threads) saving at the same time lose nothing."""
    import subprocess
    import sys
    import textwrap

    path = _article(tmp_path)
    folder = tmp_path / "store"
    root = Path(__file__).resolve().parent.parent
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(root)!r})
        from pathlib import Path
        from reader.storage import HighlightStore, add_highlight, make_highlight
        text = Path({str(path)!r}).read_text(encoding="utf-8")
        word = sys.argv[1]
        session = HighlightStore({str(folder)!r}).open(text, {str(path)!r})
        shown = session.highlights
        start = -1
        for _ in range(text.count(word)):
            start = text.index(word, start + 1)
            shown = session.save(add_highlight(shown, make_highlight(text, start, start + len(word))))
        """
    )
    words = ["城東社區", "讀書", "圖書", "開放"]
    procs = [subprocess.Popen([sys.executable, "-c", script, w]) for w in words]
    assert [p.wait(timeout=60) for p in procs] == [0] * len(words)
    found = HighlightStore(folder).open(TEXT, path).highlights
    assert len(found) == sum(TEXT.count(w) for w in words)


def test_leftovers_of_a_crashed_write_are_swept(tmp_path: Path) -> None:
    import os
    import time

    path = _article(tmp_path)
    store = HighlightStore()
    session = store.open(TEXT, path)
    session.save((_hl(TEXT, "李明華"),))
    old = store.folder / f".{session.store_file.name}.abc123.tmp"
    new = store.folder / f".{session.store_file.name}.def456.tmp"
    for leftover in (old, new):
        leftover.write_text("half", encoding="utf-8")
    hour_ago = time.time() - 2 * 3600
    os.utime(old, (hour_ago, hour_ago))
    session.save((*session.highlights, _hl(TEXT, "王小芳")))
    assert not old.exists() and new.exists()
    assert len(store.open(TEXT, path).highlights) == 2
