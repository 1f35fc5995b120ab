"""``reader convert [--config CFG] [FILE|-]``: the converted text on stdout, line for line.

``run_convert(args)`` reads ``args.file`` (``-`` for standard input, decoded like any article:
UTF-8, UTF-16, GB18030, Big5; line ends normalised) and writes the conversion with OpenCC
configuration ``args.config`` (``t2s``, ``s2twp.json`` …) or script key (``taiwan`` …, chosen for
the text's own script as in :func:`reader.script.config_for`). Lines are converted one by one, so
the output has exactly the input's lines. An unknown configuration is a ReaderError (exit 2).
"""

from __future__ import annotations

import argparse
import sys

from reader.errors import ReaderError


def _read_input(name: str) -> str:
    from reader.loading import decode_bytes, load_path

    if name == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # a text-only stand-in (tests, embedding)
            return sys.stdin.read()
        return decode_bytes(stream.read()).text
    return load_path(name).text


def convert_lines(text: str, config: str) -> str:
    """Convert each line on its own, keeping every line end where it was."""
    from reader.script import convert_text

    return "".join(convert_text(line, config) for line in text.splitlines(keepends=True))


def run_convert(args: argparse.Namespace) -> int:
    """Entry point of ``reader convert``; returns the exit code."""
    from reader.script import SCRIPT_KEYS, config_for, detect_script, normalize_config

    requested = str(args.config or "t2s").strip().lower()
    # Unknown names fail before anything is read; script keys are decided once the text is.
    config = None if requested in SCRIPT_KEYS else normalize_config(requested)
    text = _read_input(str(args.file or "-"))
    if requested in SCRIPT_KEYS:
        config = config_for(requested, detect_script(text))
    out = text if config is None else convert_lines(text, config)
    try:
        sys.stdout.write(out)
        sys.stdout.flush()
    except UnicodeEncodeError as exc:
        hint = "set PYTHONIOENCODING=utf-8"
        raise ReaderError(f"the terminal cannot show this text ({exc.reason}); {hint}") from exc
    return 0
