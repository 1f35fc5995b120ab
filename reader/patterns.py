"""Regular expressions compiled the first time they are used, not when their module is imported.

Compiling the parsing rules' patterns (alternations of CJK keys, blank classes holding
U+3000, ideograph ranges) took about 25 ms of every start of the window, before its first
paint, while an article usually needs only a few of them: a rule's cheap test (is there a
colon, a 記者, a closing bracket?) mostly decides that the pattern need not run at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

_METHODS = ("match", "search", "fullmatch", "finditer", "findall", "split", "sub")


class LazyPattern:
    """``re.compile(pattern, flags)``, done when one of its methods is first looked up.

    The compiled pattern's own bound methods are then stored on the instance, so every later
    call costs what a call on the compiled pattern costs. Two threads racing to the first use
    both compile it, which is harmless.
    """

    match: Callable[..., re.Match[str] | None]
    search: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    split: Callable[..., list[str | Any]]
    sub: Callable[..., str]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        """Only reached while ``name`` is not yet on the instance: compile, then store all."""
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = self.compiled()
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (re's own cache keeps it, so this compiles once)."""
        return re.compile(self.pattern, self.flags)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"
