"""Starting the window: ``run_app`` is what ``reader open`` (and main.py) calls."""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reader.ui.actions import SCRIPT_CHOICES
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings

SCRIPT_ALIASES: dict[str, str] = {
    "original": "original", "none": "original",
    "simplified": "simplified", "t2s": "simplified", "hans": "simplified", "zh-hans": "simplified",
    "traditional": "traditional", "s2t": "traditional", "hant": "traditional", "zh-hant": "traditional",
    "taiwan": "taiwan", "s2twp": "taiwan", "s2tw": "taiwan", "t2tw": "taiwan", "tw": "taiwan",
    "hongkong": "hongkong", "s2hk": "hongkong", "t2hk": "hongkong", "hk": "hongkong",
}
"""What ``--script`` accepts: the window's keys and the usual OpenCC configuration names."""


def application() -> QApplication:
    """The one QApplication, created on first use with Reader's names."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Reader")
    app.setOrganizationName("Reader")
    return app


def script_key(name: str) -> str | None:
    """The window's script key for a ``--script`` value, or None when unknown."""
    key = SCRIPT_ALIASES.get(name.strip().lower().removesuffix(".json"))
    return key if key in dict(SCRIPT_CHOICES) else None


def run_app(file: str | None, screenshot: str | None = None, script: str | None = None) -> int:
    """Open the window on ``file`` (the seed when None); with ``screenshot`` save a PNG and exit."""
    app = application()
    settings = Settings()
    if script is not None:
        key = script_key(script)
        if key is None:
            sys.stderr.write(f"reader: unknown script {script!r}\n")
            return 2
        settings.script = key
    window = MainWindow(settings, quick_start=True)
    window.after_startup(gc.enable)  # ``reader open`` held the collector off until the first paint
    from reader.documents import seed_path

    path = Path(file) if file else seed_path()
    if screenshot:
        # Nobody is there to close a dialog: a bad file is one line on stderr and exit code 2.
        window.interactive = False
        window.resize(1200, 820)
        window.background_analysis = False
        if not window.open_path(path, background=False):  # a bad file must decide the exit code
            sys.stderr.write(f"reader: {window.last_error}\n")
            window.close()
            return 2
        window.show()
        return _screenshot(app, window, Path(screenshot))
    window.show()  # first, so a message about a bad file appears over the window
    window.open_path(path)
    code = app.exec()
    window.shutdown()
    return int(code)


def _screenshot(app: QApplication, window: MainWindow, out: Path) -> int:
    """Paint once, grab the window, write the PNG, exit 0 (2 if it could not be written)."""
    result = {"code": 0}

    def grab() -> None:
        image = window.grab()
        if not image.save(str(out), "PNG"):
            sys.stderr.write(f"reader: cannot write {out}\n")
            result["code"] = 2
        app.quit()

    # Grab once the window has settled: the first paint done and what waited for it (the
    # docks told of the article, the analysis of a small file) landed, then one more paint.
    deadline = time.monotonic() + 60

    def settled() -> bool:
        waiting = window.starting() or window.analysis_running() or window.view.building()
        unanalysed = window.document is not None and not window.analysed and window.analysis_expected()
        return not (waiting or unanalysed) or time.monotonic() > deadline

    poll = QTimer(window)
    poll.setInterval(5)

    def check() -> None:
        if settled():
            poll.stop()
            window.update()
            QTimer.singleShot(0, grab)

    poll.timeout.connect(check)
    poll.start()
    app.exec()
    window.cancel_analysis()
    window.shutdown()
    window.close()
    return result["code"]
