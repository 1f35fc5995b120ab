"""What ``reader open`` leaves until after the first paint, and that the window is the same for it.

Not timed (benchmarks/run.py measures the start-up): these tests check that the modules kept
off the way to the first paint stay off it, and that what is made later instead (the original
script's offset map, the script list the menus use) is what the core would have given.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.script import SCRIPTS
from reader.ui.actions import SCRIPT_CHOICES, SCRIPT_SHORTCUTS
from tests.conftest import ROOT, SEED
from tests.ui_window_helpers import make_window

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

_PROBE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser

app = QApplication(sys.argv[:1])

class Probe(QObject):
    def eventFilter(self, watched, event):
        view = watched.parent()
        if event.type() == QEvent.Type.Paint and isinstance(view, QTextBrowser):
            if view.document().characterCount() > 100:
                names = sorted(n for n in sys.modules if n.startswith("reader") or "." not in n)
                print(" ".join(names))
                sys.stdout.flush()
                import os
                os._exit(0)
        return False

probe = Probe(app)
app.installEventFilter(probe)
from reader.cli import main
main(["open", sys.argv[1]])
"""

KEPT_FOR_LATER = (
    "reader.script", "reader.search", "reader.storage", "reader.analysis", "reader.people",
    "reader.quotes", "reader.names", "reader.roles", "opencc", "json", "html", "locale",
)
"""Conversion, search, highlights, analysis and their rules are not needed to paint the article."""


def test_the_first_paint_needs_no_conversion_search_highlights_or_analysis(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", READER_CONFIG_DIR=str(tmp_path / "config"),
               READER_DATA_DIR=str(tmp_path / "data"))
    command = [sys.executable, "-c", _PROBE, str(SEED)]
    run = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    loaded = set(run.stdout.strip().splitlines()[-1].split())
    assert "reader.ui.main_window" in loaded and "reader.parsing" in loaded  # the probe saw the window
    assert sorted(loaded.intersection(KEPT_FOR_LATER)) == []


def test_the_menus_script_list_is_the_core_s() -> None:
    assert tuple((s.key, s.label) for s in SCRIPTS) == SCRIPT_CHOICES
    assert {s.key: f"Ctrl+Alt+{s.shortcut}" for s in SCRIPTS} == SCRIPT_SHORTCUTS


def test_the_original_script_s_offsets_are_made_when_asked_for(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    assert window.script == "original"
    assert window.shown_document is window.document
    offsets = window.offsets
    assert offsets is not None and offsets.is_identity
    n = len(window.document.text) if window.document else 0
    assert offsets.to_converted(n) == n and offsets.to_original(n // 2) == n // 2
    window.set_script("simplified")
    converted = window.offsets
    assert converted is not None and window.shown_document is not window.document
    window.set_script("original")
    assert window.offsets is not None and window.offsets.is_identity
    assert window.shown_document is window.document
