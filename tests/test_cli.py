"""The command line as a user's shell runs it: any locale, one line on errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT, SEED


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    full_env = dict(os.environ, **env)
    command = [sys.executable, "-m", "reader", *args]
    return subprocess.run(command, capture_output=True, cwd=ROOT, env=full_env)


def test_an_ascii_terminal_still_gets_the_chinese_text_as_utf8() -> None:
    run = _run("analyze", str(SEED), "--json", PYTHONIOENCODING="ascii", LC_ALL="C")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout.decode("utf-8"))["title"] == "探尋讓城市生活更美好秘笈"


def test_an_unknown_option_is_one_line_and_exit_2() -> None:
    run = _run("analyze", str(SEED), "--no-such-option")
    assert run.returncode == 2
    lines = run.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reader: ")
