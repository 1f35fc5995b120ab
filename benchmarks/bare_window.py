"""The reference for start-up: a bare PySide6 window that only shows a text in a QTextBrowser.

Run as ``python benchmarks/bare_window.py FILE OUT.png``: it paints the text, saves the window
after the first paint and exits, exactly what ``main.py FILE --screenshot OUT.png`` does for Reader.
:mod:`first_paint` uses :func:`show` to time the same window up to its first paint.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def show(path: Path) -> Any:
    """The bare window: a QTextBrowser with the file's text, 1200×820 like Reader's, shown."""
    from PySide6.QtWidgets import QTextBrowser

    view = QTextBrowser()
    view.setPlainText(path.read_text(encoding="utf-8"))
    view.resize(1200, 820)
    view.show()
    return view


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    path, out = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([])
    view = show(path)

    def grab() -> None:
        view.grab().save(out, "PNG")
        app.quit()

    QTimer.singleShot(0, grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
