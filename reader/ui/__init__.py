"""The reading window. Everything that imports Qt lives in this package; the core never does.

Importing this package also guards against reference-counting bugs measured in PySide6
6.12.0 on CPython 3.11: every call of a Qt method returning ``void`` drops one reference
to ``None`` (``sys.getrefcount(None)`` falls by exactly one per ``font.setPointSizeF(…)``),
and some ``bool`` signal deliveries drop one reference to ``True``/``False``. ``None``
starts with about 5,000 references and the booleans with a few hundred, so laying out a
long article (or a test session, or an hour of use) reached zero and aborted the process
with "Fatal Python error: none_dealloc" / "bool_dealloc". From Python 3.12 these objects
are immortal and the bugs are harmless; before that we give them so many references that
no session can use them up, which is what 3.12 does by design.
"""

from __future__ import annotations

import sys

_NONE_RESERVE = 1 << 40
"""References added to each singleton: at a million lost references a second, twelve days."""


def _pin_none() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    if hasattr(sys, "gettotalrefcount"):  # debug builds lay objects out differently
        return
    import ctypes

    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt is the first field
        if refcount.value < _NONE_RESERVE:
            refcount.value += _NONE_RESERVE


_pin_none()
