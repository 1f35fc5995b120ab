"""The dev corpus is third-party text: none of it may be copied into our code or tests.

Every run of 12 or more characters of a corpus article (in its own script or converted)
is looked for in the files we ship and test with. The seed article is ours and exempt.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import CORPUS, ROOT, SEED

RUN = 12
"""Shorter runs are names, titles and stock phrases any news text shares."""


def _runs(text: str) -> set[str]:
    found: set[str] = set()
    for piece in re.split(r"\s+", text):
        found.update(piece[i : i + RUN] for i in range(len(piece) - RUN + 1))
    return found


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/dev is not beside the checkout")
def test_no_corpus_text_in_the_project() -> None:
    import opencc

    seed = SEED.read_text(encoding="utf-8")
    corpus: set[str] = set()
    for article in sorted((CORPUS / "articles").glob("*.txt")):
        text = article.read_text(encoding="utf-8")
        if text.strip() == seed.strip():
            continue
        for variant in {text, opencc.OpenCC("t2s").convert(text), opencc.OpenCC("s2t").convert(text)}:
            corpus |= _runs(variant)
    files = [
        p
        for folder in ("reader", "tests", "benchmarks", "resources")
        for p in (ROOT / folder).rglob("*")
        if p.suffix in {".py", ".txt", ".md", ".json", ".ts"} and p.is_file()
    ] + [ROOT / "README.md"]
    hits = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        for run in _runs(text) & corpus:
            hits.append(f"{path.relative_to(ROOT)}: {run}")
    assert not hits, "corpus text copied into the project:\n" + "\n".join(sorted(hits)[:40])
