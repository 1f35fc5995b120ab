"""The reading window. Everything that imports Qt lives in this package; the core never does.

Importing this package also guards against a reference-counting bug measured in PySide6
6.12.0 on CPython 3.11: every call of a Qt method returning ``void`` drops one reference
to ``None`` (``sys.getrefcount(None)`` falls by exactly one per ``font.setPointSizeF(…)``).
``None`` starts with about 5,000 references, so laying out a long article (or an hour of
use) reached zero and aborted the process with "Fatal Python error: none_dealloc". From
Python 3.12 ``None`` is immortal and the bug is harmless; before that we give ``None`` so
many references that no session can use them up, which is what 3.12 does by design.
"""

from __future__ import annotations

import sys

_NONE_RESERVE = 1 << 40
"""References added to None: at a million void calls a second, twelve days of calls."""


def _pin_none() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    if hasattr(sys, "gettotalrefcount"):  # debug builds lay objects out differently
        return
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field
    if refcount.value < _NONE_RESERVE:
        refcount.value += _NONE_RESERVE


_pin_none()
