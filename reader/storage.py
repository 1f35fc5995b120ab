"""The reader's own highlights: kept per document, safe across edits, moves, crashes and windows.

API for the window (all core, no Qt)::

    store = HighlightStore()                 # or HighlightStore(folder) in tests
    session = store.open(doc.text, path)     # path optional; never raises for a damaged store
    session.highlights   -> tuple[Highlight, ...]  placed in doc.text, sorted by start
    session.unplaced     -> tuple[Highlight, ...]  kept in the store, could not be re-attached
    session.warnings     -> tuple[str, ...]        show these to the user (damaged store moved
                                                   aside, highlights re-attached after an edit …)
    session.read_only    -> bool                   store written by a newer Reader: shown, not saved
    session.store_file   -> Path                   watch it to pick up another window's changes

    # Undo-friendly pure functions; the window keeps a stack of tuples:
    h = make_highlight(doc.text, start, end, color="#ffe066", note="")
    new = add_highlight(session.highlights, h)
    new = update_highlight(new, h.id, color="#a0e0ff", note="…")
    new = remove_highlight(new, h.id)
    merged = session.save(new)   # merges with what other windows saved; returns what to show
    merged = session.save_change(before, after)  # for an undo stack: applies only that edit
    merged = session.reload()    # re-read after another window saved
    session.take_warnings()      # warnings gathered since (save can find a damaged store too)
    session.discard_unplaced(ids)  # the only way an unplaced highlight leaves the store

    load_highlights(doc.text, path) -> DocumentHighlights  # one-shot, for the command line

Errors are :class:`StoreError` (a :class:`~reader.errors.ReaderError`): a save that could not be
written (the store is left as it was), a lock held too long, saving a read-only store.

Design, and why:

* Key by content: a document's highlights live in ``<sha256 of its text>.json``, so they follow
  a file that is moved or renamed. ``index.json`` maps each path to the hash last saved for it,
  so when the file at a path is *edited* its old highlights are found, re-attached to the new
  text and saved under the new hash (the old store is left as it was).
* Each highlight is anchored by offsets *and* its text with :data:`CONTEXT` characters either
  side. Re-attaching tries the exact offsets, then the passage's text, choosing among repeats by
  context and then by nearness to the old offset. One that cannot be placed (text gone, or only
  ambiguous matches) is reported as unplaced and kept in the store with its old anchor: never
  dropped.
* Two windows: a save re-reads the store under a lock and applies only this window's changes
  (added/changed highlights, and deletions as tombstones) to what is on disk, so another
  window's additions survive and a deleted highlight does not come back.
* A store that is not valid JSON is renamed ``NAME.damaged-<UTC time>`` and reported; its
  ``.bak`` (kept by :mod:`reader.atomic` on every write) is used if it is sound. Single entries
  that cannot be read are kept verbatim under ``"broken"`` and reported, not dropped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reader import atomic
from reader.errors import ReaderError
from reader.model import Highlight
from reader.paths import highlights_dir

SCHEMA = 1
"""Version of the store files this Reader writes; files with a higher one are only read."""
CONTEXT = 16
"""Characters of context kept either side of a highlight to re-attach it after an edit."""
MIN_BLIND_MATCH = 4
"""A passage found once elsewhere, with no context matching, is only trusted if this long."""
DEFAULT_COLOR = "#ffe066"
LOCK_TIMEOUT = 10.0
"""Seconds to wait for another window's save before giving up with :class:`StoreLockedError`."""
MAX_PATHS = 20
"""Paths remembered per document (for the user's information when inspecting a store)."""
STALE_TEMP_SECONDS = 3600
"""Temporary files older than this in the store folder are leftovers of a crash."""

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_HASH = re.compile(r"^[0-9a-f]{64}$")
INDEX_NAME = "index.json"
LOCK_NAME = ".lock"


class StoreError(ReaderError):
    """Highlights could not be saved or read; what is on disk is unchanged."""


class StoreLockedError(StoreError):
    """Another window held the store's lock for too long."""


class StoreReadOnlyError(StoreError):
    """The store was written by a newer Reader; saving would lose what it added."""


class HighlightError(ReaderError):
    """A highlight that cannot be made as asked (empty selection, bad colour, unknown id)."""


# --------------------------------------------------------------------------------------------
# Pure functions: making, editing and re-attaching highlights


def document_key(text: str) -> str:
    """The store key of a document: sha256 of its text as loaded (before any script conversion).

    The last text's key is remembered (by identity: the same str object), so the window can
    work it out for a very large article in its loading thread (hashing 25 MB takes longer
    than a frame) and the store finds it ready on the UI thread.
    """
    global _last_key
    if _last_key is not None and _last_key[0] is text:
        return _last_key[1]
    key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    _last_key = (text, key)
    return key


_last_key: tuple[str, str] | None = None


def now_iso() -> str:
    """The time stamps highlights and tombstones carry."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def context_of(text: str, start: int, end: int, width: int = CONTEXT) -> tuple[str, str]:
    """The ``width`` characters before ``start`` and after ``end``."""
    return text[max(0, start - width) : start], text[end : end + width]


def make_highlight(
    text: str,
    start: int,
    end: int,
    *,
    color: str = DEFAULT_COLOR,
    note: str = "",
    highlight_id: str | None = None,
    created: str | None = None,
) -> Highlight:
    """A new highlight of ``text[start:end]`` with its context, a fresh id and time stamp."""
    if not 0 <= start < end <= len(text):
        raise HighlightError("select some text to highlight")
    if not _COLOR.match(color):
        raise HighlightError(f"not a colour: {color!r} (expected #rrggbb)")
    prefix, suffix = context_of(text, start, end)
    return Highlight(
        id=highlight_id or uuid.uuid4().hex,
        start=start,
        end=end,
        text=text[start:end],
        color=color.lower(),
        note=note,
        prefix=prefix,
        suffix=suffix,
        created=created or now_iso(),
    )


def sort_highlights(highlights: Iterable[Highlight]) -> tuple[Highlight, ...]:
    """Reading order, then longer first, then id: one stable order for every view."""
    return tuple(sorted(highlights, key=lambda h: (h.start, -h.end, h.id)))


def add_highlight(highlights: tuple[Highlight, ...], new: Highlight) -> tuple[Highlight, ...]:
    """``highlights`` with ``new`` added (overlaps are allowed: readers do overlap highlights)."""
    if any(h.id == new.id for h in highlights):
        raise HighlightError(f"highlight {new.id} already exists")
    return sort_highlights((*highlights, new))


def update_highlight(
    highlights: tuple[Highlight, ...],
    highlight_id: str,
    *,
    color: str | None = None,
    note: str | None = None,
) -> tuple[Highlight, ...]:
    """``highlights`` with one highlight's colour and/or note changed."""
    if color is not None and not _COLOR.match(color):
        raise HighlightError(f"not a colour: {color!r} (expected #rrggbb)")
    found = False
    out: list[Highlight] = []
    for h in highlights:
        if h.id == highlight_id:
            found = True
            h = replace(
                h,
                color=h.color if color is None else color.lower(),
                note=h.note if note is None else note,
            )
        out.append(h)
    if not found:
        raise HighlightError(f"no highlight {highlight_id}")
    return tuple(out)


def remove_highlight(highlights: tuple[Highlight, ...], highlight_id: str) -> tuple[Highlight, ...]:
    """``highlights`` without the one with this id."""
    out = tuple(h for h in highlights if h.id != highlight_id)
    if len(out) == len(highlights):
        raise HighlightError(f"no highlight {highlight_id}")
    return out


def highlights_at(highlights: Iterable[Highlight], offset: int) -> tuple[Highlight, ...]:
    """Highlights covering ``offset`` (for a tooltip or a context menu)."""
    return tuple(h for h in highlights if h.start <= offset < h.end)


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


def _occurrences(text: str, needle: str, lo: int = 0, hi: int | None = None) -> Iterator[int]:
    """Start offsets of ``needle`` in ``text`` (overlapping ones too) starting in [lo, hi]."""
    stop = len(text) if hi is None else min(len(text), hi + len(needle))
    i = text.find(needle, lo, stop)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1, stop)


NEAR = 4096
"""Characters either side of the old offset searched first: a passage found there with all its
context is the answer (nothing farther can beat it), which spares scanning a long article."""


def _best_places(highlight: Highlight, text: str, positions: Iterable[int]) -> tuple[int, list[int]]:
    """The best context score among ``positions`` and the nearest places that reach it."""
    length = len(highlight.text)
    best: tuple[int, int] | None = None  # (-score, distance)
    picks: list[int] = []
    for pos in positions:
        before = text[max(0, pos - len(highlight.prefix)) : pos]
        after = text[pos + length : pos + length + len(highlight.suffix)]
        score = _common_suffix(before, highlight.prefix) + _common_prefix(after, highlight.suffix)
        key = (-score, abs(pos - highlight.start))
        if best is None or key < best:
            best, picks = key, [pos]
        elif key == best:
            picks.append(pos)
    return (-1, []) if best is None else (-best[0], picks)


def anchor(highlight: Highlight, text: str) -> Highlight | None:
    """``highlight`` placed in ``text`` (offsets and context refreshed), or None if it cannot be.

    Exact offsets win; otherwise every occurrence of the passage is scored by how much of the
    stored context matches around it, ties going to the one nearest the old offset. A passage
    found only with no matching context at all is not trusted when it repeats, or when it is
    shorter than :data:`MIN_BLIND_MATCH` (one character found elsewhere is not the same passage).
    """
    passage = highlight.text
    if not passage:
        return None
    length = len(passage)
    start = highlight.start
    if start >= 0 and start + length <= len(text) and text[start : start + length] == passage:
        found = start
    else:
        full = len(highlight.prefix) + len(highlight.suffix)
        near = _occurrences(text, passage, max(0, start - NEAR), start + NEAR)
        score, picks = _best_places(highlight, text, near)
        if score < full or len(picks) != 1:
            score, picks = _best_places(highlight, text, _occurrences(text, passage))
        if score < 0 or len(picks) != 1:
            return None  # gone, or two equally good places: report rather than guess
        if score == 0:
            unique = text.find(passage, text.find(passage) + 1) < 0
            if not unique or length < MIN_BLIND_MATCH:
                return None
        found = picks[0]
    prefix, suffix = context_of(text, found, found + length)
    return replace(highlight, start=found, end=found + length, prefix=prefix, suffix=suffix)


@dataclass(frozen=True, slots=True)
class Anchoring:
    """The result of re-attaching highlights to a (possibly edited) text."""

    placed: tuple[Highlight, ...]
    """Attached, with offsets into the new text; sorted."""
    unplaced: tuple[Highlight, ...]
    """Could not be attached; as they were (old offsets and text)."""
    moved: tuple[str, ...]
    """Ids of placed highlights that are no longer at their old offsets."""


def reattach(highlights: Iterable[Highlight], text: str) -> Anchoring:
    """Place every highlight in ``text``; none is ever dropped: each is placed or unplaced."""
    placed: list[Highlight] = []
    unplaced: list[Highlight] = []
    moved: list[str] = []
    for h in highlights:
        got = anchor(h, text)
        if got is None:
            unplaced.append(h)
        else:
            placed.append(got)
            if got.start != h.start:
                moved.append(h.id)
    return Anchoring(sort_highlights(placed), sort_highlights(unplaced), tuple(moved))


# --------------------------------------------------------------------------------------------
# The files


@dataclass(slots=True)
class _Record:
    highlight: Highlight
    modified: str
    placed: bool = True


@dataclass(slots=True)
class _State:
    records: dict[str, _Record] = field(default_factory=dict)
    tombstones: dict[str, str] = field(default_factory=dict)
    broken: list[Any] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    derived_from: str | None = None
    read_only: bool = False
    recovered: bool = False
    """Read from the backup because the main file was missing or damaged."""


class _DamagedError(Exception):
    """A store file that is not what Reader writes."""


_STR_FIELDS = ("text", "color", "note", "prefix", "suffix", "created")


def _record_from_json(raw: Any) -> _Record:
    if not isinstance(raw, dict):
        raise _DamagedError("not an object")
    hid = raw.get("id")
    if not isinstance(hid, str) or not hid:
        raise _DamagedError("no id")
    start, end = raw.get("start"), raw.get("end")
    if type(start) is not int or type(end) is not int or not 0 <= start <= end:
        raise _DamagedError("bad offsets")
    values: dict[str, str] = {}
    for name in _STR_FIELDS:
        value = raw.get(name, "")
        if not isinstance(value, str):
            raise _DamagedError(f"bad {name}")
        values[name] = value
    if len(values["text"]) != end - start:
        raise _DamagedError("text does not fit its offsets")
    modified = raw.get("modified", "")
    placed = raw.get("placed", True)
    h = Highlight(id=hid, start=start, end=end, **values)
    return _Record(h, modified if isinstance(modified, str) else "", placed is not False)


def _record_to_json(rec: _Record) -> dict[str, Any]:
    h = rec.highlight
    return {
        "id": h.id,
        "start": h.start,
        "end": h.end,
        "text": h.text,
        "color": h.color,
        "note": h.note,
        "prefix": h.prefix,
        "suffix": h.suffix,
        "created": h.created,
        "modified": rec.modified,
        "placed": rec.placed,
    }


def _state_from_json(data: Any) -> _State:
    if not isinstance(data, dict):
        raise _DamagedError("not a Reader highlights file")
    schema = data.get("schema")
    if type(schema) is not int or schema < 1:
        raise _DamagedError("no schema version")
    entries = data.get("highlights", [])
    tombstones = data.get("tombstones", {})
    if not isinstance(entries, list) or not isinstance(tombstones, dict):
        raise _DamagedError("not a Reader highlights file")
    state = _State(read_only=schema > SCHEMA)
    for raw in entries:
        try:
            rec = _record_from_json(raw)
        except _DamagedError:
            state.broken.append(raw)
            continue
        if rec.highlight.id in state.records:
            state.broken.append(raw)  # a duplicate id: keep it, but only one can be shown
        else:
            state.records[rec.highlight.id] = rec
    for key, when in tombstones.items():
        state.tombstones[str(key)] = when if isinstance(when, str) else ""
    broken = data.get("broken", [])
    if isinstance(broken, list):
        state.broken.extend(broken)
    paths = data.get("paths", [])
    if isinstance(paths, list):
        state.paths = [p for p in paths if isinstance(p, str)]
    derived = data.get("derived_from")
    state.derived_from = derived if isinstance(derived, str) else None
    return state


def _state_to_json(state: _State, key: str) -> dict[str, Any]:
    records = sorted(state.records.values(), key=lambda r: (r.highlight.start, r.highlight.id))
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "app": "reader",
        "document": key,
        "saved": now_iso(),
        "paths": state.paths[-MAX_PATHS:],
        "derived_from": state.derived_from,
        "highlights": [_record_to_json(r) for r in records],
        "tombstones": dict(sorted(state.tombstones.items())),
    }
    if state.broken:
        out["broken"] = state.broken
    return out


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def move_aside(path: Path) -> Path:
    """Rename a damaged file out of the way (never delete it) and return its new name."""
    base = path.with_name(f"{path.name}.damaged-{_stamp()}")
    target = base
    n = 1
    while target.exists():
        n += 1
        target = base.with_name(f"{base.name}-{n}")
    os.replace(path, target)
    return target


@contextlib.contextmanager
def _file_lock(folder: Path, timeout: float) -> Iterator[None]:
    """An exclusive lock on ``folder/.lock``, released by the OS if the process dies."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise StoreError(f"cannot use the highlights folder {folder}: {exc.strerror or exc}") from exc
    deadline = time.monotonic() + timeout
    try:
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                raise StoreLockedError(
                    f"the highlights store is busy (another Reader window is saving): {folder}"
                )
            time.sleep(0.02)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _path_key(path: str | os.PathLike[str]) -> str:
    return os.path.normcase(os.path.abspath(os.fspath(path)))


class HighlightStore:
    """The folder of highlight files; cheap to create, holds no open files."""

    def __init__(self, folder: str | os.PathLike[str] | None = None, *, lock_timeout: float = LOCK_TIMEOUT):
        self.folder = Path(folder) if folder is not None else highlights_dir()
        self.lock_timeout = lock_timeout

    def file_for(self, key: str) -> Path:
        """The store file of the document with this :func:`document_key`."""
        return self.folder / f"{key}.json"

    @property
    def index_file(self) -> Path:
        """The path → document key index."""
        return self.folder / INDEX_NAME

    def open(self, text: str, path: str | os.PathLike[str] | None = None) -> DocumentHighlights:
        """The highlights of the document whose text is ``text`` (opened from ``path``, if any).

        Never raises for a damaged store (it is moved aside and reported in ``warnings``); raises
        :class:`StoreError` only when the folder cannot be used at all.
        """
        session = DocumentHighlights(self, text, None if path is None else _path_key(path))
        session._open()
        return session

    # Internal: everything below runs under the lock.

    def _lock(self) -> contextlib.AbstractContextManager[None]:
        return _file_lock(self.folder, self.lock_timeout)

    def _read(self, key: str, warnings: list[str]) -> _State | None:
        path = self.file_for(key)
        state = self._read_file(path, warnings)
        if state is None and not path.exists():
            # The main file is missing or was just moved aside: its backup may be sound.
            bak = atomic.backup_path(path)
            if bak.exists():
                state = self._read_file(bak, warnings, is_backup=True)
                if state is not None:
                    state.recovered = True
                    warnings.append(
                        f"{len(state.records)} highlight(s) were recovered from the backup {bak.name}."
                    )
        return state

    def _read_file(self, path: Path, warnings: list[str], is_backup: bool = False) -> _State | None:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreError(f"cannot read the highlights file {path}: {exc.strerror or exc}") from exc
        try:
            state = _state_from_json(json.loads(raw.decode("utf-8")))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, _DamagedError):
            if is_backup:
                warnings.append(f"The highlights backup {path} is damaged too; it was left as it is.")
                return None
            try:
                moved = move_aside(path)
            except OSError as exc:
                raise StoreError(
                    f"the highlights file {path} is damaged and could not be moved aside: {exc}"
                ) from exc
            warnings.append(f"The highlights file was damaged; it was moved aside to {moved}.")
            return None
        if state.read_only:
            warnings.append(
                f"The highlights file {path.name} was saved by a newer version of Reader; "
                "highlights are shown but changes will not be saved."
            )
        if state.broken:
            warnings.append(
                f"{len(state.broken)} highlight(s) in {path.name} could not be read; "
                "they are kept in the file untouched."
            )
        return state

    def _sweep(self) -> None:
        """Remove temporary files left by a crash mid-write (the store itself was never touched).

        Every write here happens under the lock, so no temporary file can belong to a write in
        progress; the age margin is only a second line of defence.
        """
        cutoff = time.time() - STALE_TEMP_SECONDS
        for tmp in self.folder.glob(".*tmp"):
            if tmp.name.endswith((".tmp", ".bak-tmp")):
                with contextlib.suppress(OSError):
                    if tmp.stat().st_mtime < cutoff:
                        tmp.unlink()

    def _write(self, key: str, state: _State) -> None:
        if state.read_only:
            raise StoreReadOnlyError("these highlights were saved by a newer version of Reader")
        self._sweep()
        data = json.dumps(_state_to_json(state, key), ensure_ascii=False, indent=1)
        try:
            atomic.write_text(self.file_for(key), data + "\n", mode=0o600)
        except atomic.AtomicWriteError as exc:
            raise StoreError(f"could not save highlights: {exc}") from exc

    def _read_index(self, warnings: list[str]) -> dict[str, str]:
        try:
            raw = self.index_file.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError:
            return {}
        try:
            data = json.loads(raw.decode("utf-8"))
            paths = data["paths"]
            if not isinstance(paths, dict):
                raise _DamagedError("bad index")
        except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, _DamagedError):
            with contextlib.suppress(OSError):
                moved = move_aside(self.index_file)
                warnings.append(
                    f"The highlights index was damaged; it was moved aside to {moved}. "
                    "Highlights of files edited since they were saved may not be found."
                )
            return {}
        return {str(k): v for k, v in paths.items() if isinstance(v, str) and _HASH.match(v)}

    def _remember_path(self, path: str, key: str, warnings: list[str]) -> None:
        index = self._read_index(warnings)
        if index.get(path) == key:
            return
        index[path] = key
        payload = {"schema": SCHEMA, "paths": dict(sorted(index.items()))}
        data = json.dumps(payload, ensure_ascii=False, indent=1)
        try:
            atomic.write_text(self.index_file, data + "\n", mode=0o600)
        except atomic.AtomicWriteError as exc:
            # The highlights themselves are safe; only finding them after an edit is affected.
            warnings.append(f"could not update the highlights index: {exc}")


class DocumentHighlights:
    """One window's view of one document's highlights; see the module's docstring."""

    def __init__(self, store: HighlightStore, text: str, path: str | None):
        self.store = store
        self.text = text
        self.path = path
        self.key = document_key(text)
        self.highlights: tuple[Highlight, ...] = ()
        self.unplaced: tuple[Highlight, ...] = ()
        self.warnings: tuple[str, ...] = ()
        self.read_only = False
        self.inherited_from: str | None = None
        """The key of an earlier version of this file whose highlights were carried over."""
        self._baseline: dict[str, Highlight] = {}

    @property
    def store_file(self) -> Path:
        """The file this session saves to."""
        return self.store.file_for(self.key)

    def _open(self) -> None:
        if not self.store.folder.is_dir():
            return  # nothing was ever saved: leave no trace on disk just for opening a file
        warnings: list[str] = []
        with self.store._lock():
            state = self.store._read(self.key, warnings)
            exists = state is not None
            if state is None and self.path is not None:
                old = self.store._read_index(warnings).get(self.path)
                if old and old != self.key:
                    previous = self.store._read(old, warnings)
                    if previous is not None and previous.records:
                        state = _State(
                            records=dict(previous.records),
                            tombstones=dict(previous.tombstones),
                            paths=list(previous.paths),
                            derived_from=old,
                        )
                        self.inherited_from = old
            if state is None:
                state = _State()
            anchoring = self._adopt(state)
            if self.inherited_from is not None:
                n_ok, n_lost = len(anchoring.placed), len(anchoring.unplaced)
                message = f"The file changed since its highlights were saved: {n_ok} re-attached"
                message += f", {n_lost} could not be placed." if n_lost else "."
                warnings.append(message)
                self._remember_placement(state, anchoring)
                self._add_path(state)
                self.store._write(self.key, state)
                exists = True
            elif state.recovered and not state.read_only:
                # Put the backup's highlights back in place now, so the next open is clean.
                self.store._write(self.key, state)
            if exists and self.path is not None and not state.read_only:
                self.store._remember_path(self.path, self.key, warnings)
        self.warnings = tuple(warnings)

    def _adopt(self, state: _State) -> Anchoring:
        anchoring = reattach((r.highlight for r in state.records.values()), self.text)
        self.highlights = anchoring.placed
        self.unplaced = anchoring.unplaced
        self.read_only = state.read_only
        self._baseline = {h.id: h for h in anchoring.placed}
        return anchoring

    def _remember_placement(self, state: _State, anchoring: Anchoring) -> None:
        """Store re-attached offsets, and mark what could not be placed in this text."""
        for h in anchoring.placed:
            state.records[h.id] = replace(state.records[h.id], highlight=h, placed=True)
        for h in anchoring.unplaced:
            state.records[h.id] = replace(state.records[h.id], placed=False)

    def _add_path(self, state: _State) -> None:
        if self.path is not None:
            state.paths = [p for p in state.paths if p != self.path] + [self.path]

    def save(self, highlights: Iterable[Highlight]) -> tuple[Highlight, ...]:
        """Save this window's highlights, merged with whatever other windows saved meanwhile.

        The change applied is the difference between ``highlights`` and what this session last
        returned (opened, saved or reloaded): new or edited highlights replace the stored ones,
        missing ones become tombstones. Returns the merged, placed highlights, which the window
        should show (they may include other windows' additions). Always derive the next tuple
        from the returned one; an undo stack holding older tuples should use :meth:`save_change`.
        """
        wanted = self._checked(highlights)
        changed = [h for hid, h in wanted.items() if self._baseline.get(hid) != h]
        removed = [hid for hid in self._baseline if hid not in wanted]
        return self._commit(changed, removed)

    def save_change(self, before: Iterable[Highlight], after: Iterable[Highlight]) -> tuple[Highlight, ...]:
        """Apply only the change from ``before`` to ``after`` (one edit, its undo or its redo).

        Highlights in neither tuple are left alone, so undoing an edit made before another window
        saved never removes that window's highlights. Returns the merged, placed highlights.
        """
        old = {h.id: h for h in before}
        new = self._checked(after)
        changed = [h for hid, h in new.items() if old.get(hid) != h]
        removed = [hid for hid in old if hid not in new]
        return self._commit(changed, removed)

    def _checked(self, highlights: Iterable[Highlight]) -> dict[str, Highlight]:
        out: dict[str, Highlight] = {}
        for h in highlights:
            if not (0 <= h.start <= h.end <= len(self.text)) or self.text[h.start : h.end] != h.text:
                raise HighlightError(f"highlight {h.id} does not match the document's text")
            out[h.id] = h
        return out

    def _commit(self, changed: list[Highlight], removed: list[str]) -> tuple[Highlight, ...]:
        if self.read_only:
            raise StoreReadOnlyError("these highlights were saved by a newer version of Reader")
        if not changed and not removed and not self.store.folder.is_dir():
            return self.highlights
        warnings: list[str] = []
        with self.store._lock():
            state, restored = self._current(warnings)
            stamp = now_iso()
            for h in changed:
                prefix, suffix = context_of(self.text, h.start, h.end)
                h = replace(h, prefix=prefix, suffix=suffix)
                state.records[h.id] = _Record(h, stamp, True)
                state.tombstones.pop(h.id, None)
            for hid in removed:
                state.records.pop(hid, None)
                state.tombstones[hid] = stamp
            if changed or removed or restored:
                self._add_path(state)
                self.store._write(self.key, state)
            if self.path is not None and self.store_file.exists():
                self.store._remember_path(self.path, self.key, warnings)
            self._adopt(state)
        self.warnings = (*self.warnings, *warnings)
        return self.highlights

    def _current(self, warnings: list[str]) -> tuple[_State, bool]:
        """The store as it is on disk now (under the lock), and whether it must be written back.

        If the file vanished or was damaged while this window had it open, what this window
        shows is the best copy left: it goes back in (deletions made elsewhere excepted).
        """
        found = self.store._read(self.key, warnings)
        state = found or _State()
        restored = found is not None and found.recovered
        if found is None or found.recovered:
            for h in self._baseline.values():
                if h.id not in state.records and h.id not in state.tombstones:
                    state.records[h.id] = _Record(h, now_iso(), True)
                    restored = True
        return state, restored

    def take_warnings(self) -> tuple[str, ...]:
        """The warnings not yet shown (e.g. a store damaged behind this window's back), clearing them."""
        out, self.warnings = self.warnings, ()
        return out

    def reload(self) -> tuple[Highlight, ...]:
        """Re-read the store (after another window saved); unsaved changes here are not kept."""
        warnings: list[str] = []
        with self.store._lock():
            state, restored = self._current(warnings)
            if restored and not state.read_only:
                self._add_path(state)
                self.store._write(self.key, state)
            self._adopt(state)
        self.warnings = (*self.warnings, *warnings)
        return self.highlights

    def discard_unplaced(self, ids: Iterable[str]) -> tuple[Highlight, ...]:
        """Remove unplaced highlights the reader chose to let go; returns those still unplaced."""
        drop = {i for i in ids if any(h.id == i for h in self.unplaced)}
        if not drop:
            return self.unplaced
        if self.read_only:
            raise StoreReadOnlyError("these highlights were saved by a newer version of Reader")
        warnings: list[str] = []
        with self.store._lock():
            state, _ = self._current(warnings)
            stamp = now_iso()
            for hid in drop:
                state.records.pop(hid, None)
                state.tombstones[hid] = stamp
            self.store._write(self.key, state)
            self._adopt(state)
        self.warnings = (*self.warnings, *warnings)
        return self.unplaced


def load_highlights(
    text: str, path: str | os.PathLike[str] | None = None, store: HighlightStore | None = None
) -> DocumentHighlights:
    """Open the highlights of one document in the default store (the command line's way in)."""
    return (store or HighlightStore()).open(text, path)


def highlight_from_mapping(data: Mapping[str, Any]) -> Highlight:
    """A highlight from its JSON form (as in the store or a JSON export); raises HighlightError."""
    try:
        return _record_from_json(dict(data)).highlight
    except _DamagedError as exc:
        raise HighlightError(f"not a highlight: {exc}") from exc
