"""``open``'s arguments read without argparse (for a quicker start) mean what argparse reads."""

from __future__ import annotations

import contextlib
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.cli import build_parser, quick_open_args

WORDS = (
    "a.txt", "b 文章.md", "x=y.txt", "s2t", "out.png", "-", "", "--", "-1", "-h", "--help",
    "--screenshot", "--script", "--screenshot=shot.png", "--script=s2twp", "--script=", "--scr",
    "--screen", "--scri", "--screenshot=-x.png", "--no-such-option", "open", "analyze",
)


def _argparse(argv: list[str]) -> object | None:
    """What argparse makes of ``argv``, or None when it refuses it (or prints help)."""
    with contextlib.redirect_stderr(io.StringIO()), contextlib.redirect_stdout(io.StringIO()):
        try:
            return build_parser().parse_args(argv)
        except SystemExit:
            return None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=5))
def test_whatever_the_quick_reading_accepts_argparse_reads_the_same(words: list[str]) -> None:
    argv = ["open", *words]
    quick = quick_open_args(argv)
    if quick is not None:
        assert quick == _argparse(argv)


def test_the_usual_ways_of_opening_a_file_are_read_quickly() -> None:
    cases = (
        ["open"],
        ["open", "a.txt"],
        ["open", "a.txt", "--screenshot", "out.png"],
        ["open", "--script", "s2t", "a.txt"],
        ["open", "a.txt", "--screenshot=out.png", "--script=taiwan"],
    )
    for argv in cases:
        quick = quick_open_args(argv)
        assert quick is not None, argv
        assert quick == _argparse(argv)


def test_help_abbreviations_and_mistakes_are_left_to_argparse() -> None:
    for argv in (
        ["open", "--help"],
        ["open", "--scr", "s2t"],
        ["open", "a.txt", "b.txt"],
        ["open", "--script"],
        ["open", "--script", "s2t", "--script", "t2s"],
        ["open", "-"],
        ["analyze", "a.txt"],
    ):
        assert quick_open_args(argv) is None, argv
