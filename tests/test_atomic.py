"""Atomic writes: the target is always a whole version, the previous one is kept, crashes lose nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader import atomic
from reader.errors import ReaderError

ROOT = Path(__file__).resolve().parent.parent


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".bak-tmp")))


def test_new_file_written_without_backup(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    assert atomic.write_text(target, "第一版\n") is None
    assert target.read_text(encoding="utf-8") == "第一版\n"
    assert not atomic.backup_path(target).exists()
    assert _leftovers(tmp_path) == []


def test_replacing_keeps_the_previous_version_as_backup(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    atomic.write_text(target, "one")
    backup = atomic.write_text(target, "two")
    assert backup == tmp_path / "notes.md.bak"
    assert target.read_text(encoding="utf-8") == "two"
    assert backup.read_text(encoding="utf-8") == "one"
    atomic.write_text(target, "three")
    assert backup.read_text(encoding="utf-8") == "two"
    assert _leftovers(tmp_path) == []


def test_backup_is_independent_of_the_new_file(tmp_path: Path) -> None:
    """The backup is a hard link to the old inode: writing the new file must not change it."""
    target = tmp_path / "a.txt"
    atomic.write_text(target, "old")
    atomic.write_text(target, "new")
    with open(target, "a", encoding="utf-8") as fh:
        fh.write(" and edited in place")
    assert atomic.backup_path(target).read_text(encoding="utf-8") == "old"


def test_backup_by_copy_where_hard_links_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(src: object, dst: object) -> None:
        raise OSError("hard links not supported")

    target = tmp_path / "a.txt"
    atomic.write_text(target, "old")
    monkeypatch.setattr(os, "link", no_links)
    assert atomic.write_text(target, "new") is not None
    assert target.read_text(encoding="utf-8") == "new"
    assert atomic.backup_path(target).read_text(encoding="utf-8") == "old"
    fresh = tmp_path / "fresh.txt"
    atomic.write_text(fresh, "x", overwrite=False)
    assert fresh.read_text(encoding="utf-8") == "x"
    with pytest.raises(atomic.TargetExistsError):
        atomic.write_text(fresh, "y", overwrite=False)
    assert _leftovers(tmp_path) == []


def test_refuses_to_replace_unless_allowed(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    atomic.write_text(target, "mine", overwrite=False)
    with pytest.raises(atomic.TargetExistsError) as info:
        atomic.write_text(target, "theirs", overwrite=False)
    assert isinstance(info.value, ReaderError)
    assert target.read_text(encoding="utf-8") == "mine"
    assert _leftovers(tmp_path) == []


def test_failed_rename_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure between writing the temporary file and renaming it leaves the old version whole."""
    target = tmp_path / "highlights.json"
    atomic.write_text(target, '{"version": 1}')
    real_replace = os.replace

    def crash(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if Path(dst) == target:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(atomic.AtomicWriteError, match="No space left"):
        atomic.write_text(target, '{"version": 2}')
    assert target.read_text(encoding="utf-8") == '{"version": 1}'
    assert atomic.backup_path(target).read_text(encoding="utf-8") == '{"version": 1}'
    assert _leftovers(tmp_path) == []


def test_process_killed_before_rename_loses_nothing(tmp_path: Path) -> None:
    """A real crash: the process dies at the rename; the target still holds the old version."""
    target = tmp_path / "notes.md"
    atomic.write_text(target, "the old version\n")
    script = textwrap.dedent(
        f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        from reader import atomic
        real = os.replace
        def die(src, dst):
            if str(dst) == {str(target)!r}:
                os._exit(9)
            real(src, dst)
        os.replace = die
        atomic.write_text({str(target)!r}, "the new version\\n")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], check=False)
    assert result.returncode == 9
    assert target.read_text(encoding="utf-8") == "the old version\n"
    stray = _leftovers(tmp_path)
    # What the crash left is a complete temporary file, never a half-written target.
    assert len(stray) == 1 and stray[0].startswith(".notes.md.")
    assert (tmp_path / stray[0]).read_text(encoding="utf-8") == "the new version\n"


def test_data_and_folder_are_synced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", spy)
    atomic.write_text(tmp_path / "a.txt", "x")
    expected = 2 if os.name == "posix" else 1  # the file, then its folder
    assert len(synced) >= expected


def test_existing_permissions_are_kept(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    target = tmp_path / "private.json"
    atomic.write_text(target, "1", mode=0o600)
    assert target.stat().st_mode & 0o777 == 0o600
    atomic.write_text(target, "2")
    assert target.stat().st_mode & 0o777 == 0o600
    other = tmp_path / "shared.md"
    atomic.write_text(other, "1")
    assert other.stat().st_mode & 0o777 == atomic.DEFAULT_MODE


def test_bad_targets_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(atomic.AtomicWriteError, match="folder"):
        atomic.write_text(tmp_path, "x")
    with pytest.raises(atomic.AtomicWriteError, match="does not exist"):
        atomic.write_text(tmp_path / "missing" / "a.txt", "x")
    with pytest.raises(atomic.AtomicWriteError, match="encoded"):
        atomic.write_text(tmp_path / "a.txt", "漢字", encoding="ascii")
    assert list(tmp_path.iterdir()) == []


def test_a_symlinked_target_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real" / "notes.md"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    try:
        link.symlink_to(real)
    except OSError:
        pytest.skip("symbolic links are not available here")
    atomic.write_text(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"
    assert atomic.backup_path(real).read_text(encoding="utf-8") == "old"
    with pytest.raises(atomic.TargetExistsError):
        atomic.write_text(link, "newer", overwrite=False)
