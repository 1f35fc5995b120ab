"""The reference for start-up: a bare PySide6 window that only shows a text in a QTextBrowser.

Run as ``python benchmarks/bare_window.py FILE OUT.png``: it paints the text, saves the window
after the first paint and exits, exactly what ``main.py FILE --screenshot OUT.png`` does for Reader.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QTextBrowser

    path, out = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([])
    view = QTextBrowser()
    view.setPlainText(path.read_text(encoding="utf-8"))
    view.resize(1200, 800)
    view.show()

    def grab() -> None:
        view.grab().save(out, "PNG")
        app.quit()

    QTimer.singleShot(0, grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
