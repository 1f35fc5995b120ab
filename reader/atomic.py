"""Writing files the reader made so that a crash, a full disk or a power cut loses nothing.

API::

    write_text(path, text, *, encoding="utf-8", overwrite=True, backup=True, mode=None) -> Path | None
    write_bytes(path, data, *, overwrite=True, backup=True, mode=None) -> Path | None
    backup_path(path) -> Path          # where the previous version is kept: ``name.ext.bak``

Both writers return the backup's path when a previous version was kept, else None.
``overwrite=False`` refuses to replace an existing file (:class:`TargetExistsError`,
a :class:`~reader.errors.ReaderError` the window and the command line can show as is);
any other failure is an :class:`AtomicWriteError` and leaves the target untouched.

How: the bytes go to a temporary file in the target's own folder (a rename is only atomic
within one file system), are flushed and fsynced, the current version is hard-linked (or
copied) to ``.bak``, and only then is the temporary file renamed over the target and the
folder fsynced so the rename itself survives a power cut. At every instant the target is
either the complete old version or the complete new one; a crash before the rename leaves
at most a stray ``.NAME.*.tmp`` file beside it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import uuid
from pathlib import Path

from reader.errors import ReaderError

BACKUP_SUFFIX = ".bak"
"""Appended to the whole file name, so ``notes.md`` is backed up as ``notes.md.bak``."""
DEFAULT_MODE = 0o644
"""Permissions of a new file (an existing file keeps its own)."""


class AtomicWriteError(ReaderError):
    """A file could not be written; the previous version is still in place."""


class TargetExistsError(AtomicWriteError):
    """The target exists and the caller did not allow replacing it."""


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where the version replaced by the last write is kept."""
    p = Path(path)
    return p.with_name(p.name + BACKUP_SUFFIX)


def write_text(
    path: str | os.PathLike[str],
    text: str,
    *,
    encoding: str = "utf-8",
    overwrite: bool = True,
    backup: bool = True,
    mode: int | None = None,
) -> Path | None:
    """Write ``text`` atomically; newlines are written as given (no platform translation)."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as exc:
        raise AtomicWriteError(f"cannot write {path}: the text cannot be encoded as {encoding}") from exc
    return write_bytes(path, data, overwrite=overwrite, backup=backup, mode=mode)


def write_bytes(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    overwrite: bool = True,
    backup: bool = True,
    mode: int | None = None,
) -> Path | None:
    """Write ``data`` atomically to ``path``; returns the backup of the old version, if any."""
    target = Path(path)
    if target.is_symlink() and overwrite:
        # Replace the file the link points at, not the link: the user's link stays a link.
        target = Path(os.path.realpath(target))
    folder = target.parent
    if target.is_dir():
        raise AtomicWriteError(f"cannot write {target}: it is a folder")
    if not folder.is_dir():
        raise AtomicWriteError(f"cannot write {target}: the folder {folder} does not exist")
    if not overwrite and os.path.lexists(target):
        raise TargetExistsError(f"{target} already exists")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise AtomicWriteError(f"cannot write in {folder}: {exc.strerror or exc}") from exc
    tmp = Path(tmp_name)
    kept: Path | None = None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _set_mode(tmp, target, mode)
        if overwrite:
            if backup and target.is_file():
                kept = _keep_backup(target)
            os.replace(tmp, target)
        else:
            _rename_exclusive(tmp, target)
    except TargetExistsError:
        _discard(tmp)
        raise
    except OSError as exc:
        _discard(tmp)
        raise AtomicWriteError(f"cannot write {target}: {exc.strerror or exc}") from exc
    except BaseException:
        _discard(tmp)
        raise
    fsync_dir(folder)
    return kept


def fsync_dir(folder: str | os.PathLike[str]) -> None:
    """Make a rename in ``folder`` durable; a no-op where folders cannot be opened (Windows)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse to fsync a folder; the data itself is already synced
    finally:
        os.close(fd)


def _set_mode(tmp: Path, target: Path, mode: int | None) -> None:
    if mode is None:
        try:
            mode = stat.S_IMODE(os.stat(target).st_mode)
        except OSError:
            mode = DEFAULT_MODE
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


def _keep_backup(target: Path) -> Path:
    """Point ``.bak`` at the current version without ever leaving ``.bak`` half-written."""
    bak = backup_path(target)
    staging = target.with_name(f".{target.name}.{uuid.uuid4().hex}.bak-tmp")
    try:
        try:
            os.link(target, staging)
        except OSError:
            # No hard links here (FAT, some network shares): copy and sync instead.
            shutil.copy2(target, staging)
            with open(staging, "rb+") as fh:
                os.fsync(fh.fileno())
        os.replace(staging, bak)
    except BaseException:
        _discard(staging)
        raise
    return bak


def _rename_exclusive(tmp: Path, target: Path) -> None:
    """Rename without replacing: hard-link then unlink, which fails if the target appeared."""
    try:
        os.link(tmp, target)
    except FileExistsError as exc:
        raise TargetExistsError(f"{target} already exists") from exc
    except OSError:
        # No hard links: the check above and this replace leave only a tiny race.
        if os.path.lexists(target):
            raise TargetExistsError(f"{target} already exists") from None
        os.replace(tmp, target)
        return
    _discard(tmp)


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
