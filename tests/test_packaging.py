"""Packaging: a wheel built from the checkout installs into a fresh venv and works from elsewhere.

The fresh venv gets only Reader's wheel (``--no-deps``); its dependencies (PySide6, OpenCC, …)
are borrowed from the development venv through a ``.pth`` line, because they are large binary
wheels this machine may not be able to download. Reader itself must come from the wheel: the
tests check that every file it uses (code, seed, icons, translations) resolves inside the fresh
venv's site-packages and never inside the checkout, and run the ``reader`` console script from a
temporary folder far from it.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

import pytest

from reader import resources

ROOT = Path(__file__).resolve().parent.parent


def _run(args: list[str | Path], cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=240, check=False
    )
    assert done.returncode == 0, f"{args[0]} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done.stdout


class Installed(NamedTuple):
    """A fresh venv holding only Reader's wheel, and a folder far from the checkout."""

    python: Path
    purelib: Path
    away: Path
    wheel: Path
    scripts: Path
    env: dict[str, str]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """Build the wheel from a copy of the checkout and install it alone into a fresh venv."""
    base = tmp_path_factory.mktemp("packaging")
    source = base / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    # Caches included, as ``pip install .`` finds them in a checkout that has run its tests.
    shutil.copytree(ROOT / "reader", source / "reader")
    dist = base / "dist"
    _run([sys.executable, "-m", "pip", "wheel", source, "--no-deps", "-q", "-w", dist])
    wheels = sorted(dist.glob("reader-*.whl"))
    assert len(wheels) == 1, wheels

    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=False, system_site_packages=False, clear=True).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = Path(
        _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).strip()
    )
    # Dependencies only: this venv's site-packages holds no ``reader`` (checked below).
    dev_site = Path(sysconfig.get_paths()["purelib"])
    assert not (dev_site / "reader").exists()
    (purelib / "_reader_test_deps.pth").write_text(f"{dev_site}\n", encoding="utf-8")
    pip = [sys.executable, "-m", "pip", "--python", python]
    _run([*pip, "install", "--no-deps", "--no-index", "-q", wheels[0]])

    away = base / "elsewhere"
    away.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="offscreen", READER_CONFIG_DIR=str(base / "config"),
               READER_DATA_DIR=str(base / "data"), LANG="C.UTF-8", LC_ALL="C.UTF-8")
    return Installed(python, purelib, away, wheels[0], python.parent, env)


def _inside(path: str, folder: Path) -> bool:
    return Path(path).resolve().is_relative_to(folder.resolve())


def test_wheel_carries_resources_and_seed(installed: Installed) -> None:
    import zipfile

    names = set(zipfile.ZipFile(installed.wheel).namelist())
    assert "reader/seeds/000_fcef1e8e6851e9da.txt" in names
    for language in ("zh_CN", "zh_TW"):
        assert f"reader/resources/translations/reader_{language}.qm" in names
        assert f"reader/resources/translations/reader_{language}.ts" in names
    shipped_icons = {Path(n).stem for n in names if n.startswith("reader/resources/icons/")}
    assert shipped_icons == set(resources.icon_names())
    assert f"reader/resources/linux/{resources.APP_ID}.desktop" in names
    assert f"reader/resources/linux/{resources.APP_ID}.metainfo.xml" in names
    assert "reader/ui/main_window.py" in names
    assert not [n for n in names if n.endswith(".pyc") or "__pycache__" in n]


def test_install_puts_desktop_integration_under_share(installed: Installed) -> None:
    share = installed.python.parent.parent / "share"
    desktop = share / "applications" / f"{resources.APP_ID}.desktop"
    assert desktop.read_bytes() == resources.resource_path("linux", desktop.name).read_bytes()
    assert (share / "metainfo" / f"{resources.APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{resources.APP_ID}.svg").is_file()


PROBE = """
import json, sys
from reader import resources
from reader.documents import seed_path
from reader.ui.app import application
from reader.ui.settings import Settings
app = application()
from reader.ui.main_window import MainWindow
settings = Settings()
settings.language = "zh_CN"
window = MainWindow(settings)
print(json.dumps({
    "reader": __import__("reader").__file__,
    "resources": str(resources.root()),
    "seed": str(seed_path()),
    "qm": str(resources.translation_path("zh_CN")),
    "file_menu": window.actions.menus["file"].title(),
    "open_icon": not window.actions["open"].icon().isNull(),
    "app_icon": not window.windowIcon().isNull(),
    "sys_path_has_checkout": any(p.rstrip("/") == %r for p in sys.path),
}))
"""


def test_installed_reader_finds_its_files_in_site_packages(installed: Installed) -> None:
    import json

    out = _run([installed.python, "-c", PROBE % str(ROOT)], cwd=installed.away,
               env=installed.env)
    found = json.loads(out.strip().splitlines()[-1])
    site = installed.purelib
    for key in ("reader", "resources", "seed", "qm"):
        assert _inside(found[key], site), f"{key} came from {found[key]}, not {site}"
        assert not _inside(found[key], ROOT)
    assert not found["sys_path_has_checkout"]
    assert found["file_menu"] == "文件(&F)"
    assert found["open_icon"] and found["app_icon"]


def test_reader_command_opens_the_seed_away_from_the_checkout(installed: Installed) -> None:
    from PySide6.QtGui import QImage

    command = installed.scripts / ("reader.exe" if os.name == "nt" else "reader")
    assert command.exists()
    shot = installed.away / "out.png"
    _run([command, "--screenshot", shot], cwd=installed.away, env=installed.env)
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 600 and image.height() >= 400
    # Not a blank picture: the article's text and the window chrome paint many colours.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20


def test_desktop_file_launches_the_reader_command() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(resources.resource_path("linux", f"{resources.APP_ID}.desktop"), encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "reader"
    assert entry["Icon"] == resources.APP_ID
    assert entry["Name[zh_CN]"] and entry["Name[zh_TW]"]
    assert "text/plain" in entry["MimeType"].split(";")
    assert entry["Categories"].endswith(";")


def test_appstream_metadata_names_the_desktop_file_and_binary() -> None:
    path = resources.resource_path("linux", f"{resources.APP_ID}.metainfo.xml")
    root = ET.parse(path).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == resources.APP_ID
    assert root.findtext("launchable") == f"{resources.APP_ID}.desktop"
    assert root.findtext("provides/binary") == "reader"
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli:
        done = subprocess.run([appstreamcli, "validate", "--no-net", str(path)], capture_output=True,
                              text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stdout + done.stderr


def test_package_seed_is_the_checkout_seed() -> None:
    """The seed exists twice (checkout tests use seeds/, installs use reader/seeds/): same bytes."""
    from reader.documents import seed_path

    packaged = ROOT / "reader" / "seeds" / "000_fcef1e8e6851e9da.txt"
    assert packaged.read_bytes() == (ROOT / "seeds" / packaged.name).read_bytes()
    assert seed_path() == packaged
