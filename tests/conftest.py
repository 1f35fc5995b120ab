"""Shared test set-up: offscreen Qt, the gui marker, and the dev corpus beside the checkout."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_fcef1e8e6851e9da.txt"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Any test that uses Qt fixtures is a gui test, so ``-m "not gui"`` runs the pure suite."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures or "window" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_app_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Highlights and settings go to a fresh folder per test, never the user's own."""
    base = tmp_path_factory.mktemp("appdata")
    monkeypatch.setenv("READER_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("READER_CONFIG_DIR", str(base / "config"))


def corpus_articles() -> list[str]:
    """Names of the dev corpus articles, or none when ../shared is absent."""
    if not (CORPUS / "gold").is_dir():
        return []
    return sorted(p.stem for p in (CORPUS / "gold").glob("*.json"))


def load_gold(name: str) -> dict[str, Any]:
    """The gold annotation of one corpus article."""
    data: dict[str, Any] = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    return data


needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason="../shared/corpus/dev is not beside the checkout"
)
