"""The installed PySide6 must not leak references to None: 6.12.0 does, and aborts Python 3.11.

pyproject.toml keeps PySide6 below 6.12 for this reason; this test tells whoever lifts the pin
whether the new release is safe.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont


def test_void_qt_calls_keep_none_alive(qapp: object) -> None:
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(2000):
        font.setPointSizeF(12.0)
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"PySide6 lost {lost} references to None in 2000 calls"
