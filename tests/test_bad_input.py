"""Bad input on the command line: a result or one clear line on stderr with exit 2, never a traceback.

The corpus is made here, in tmp_path, from the seed and sentences written for these tests.
Each case runs ``reader analyze FILE --json`` in-process (fast, and an exception fails the
test with its traceback); a handful also run as ``python -m reader`` to check what a user sees.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader import cli
from reader.documents import parse_path
from tests.conftest import ROOT, SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_TITLE = "探尋讓城市生活更美好秘笈"
SEED_SECTIONS = ["課堂教學 解培訓核心疑問", "現場觀摩 成功范例拓視野", "研討交流 學思踐悟明方向"]
SIMPLIFIED = "河边的早市\n天刚亮，早市就热闹起来了。卖豆腐的、卖青菜的，沿着河边一字排开。\n来源：镇文化站\n"


def _seed_body() -> str:
    lines = SEED_TEXT.splitlines()
    return "\n".join(lines[1:-2]) + "\n"


Maker = Callable[[Path], Path]


def _file(name: str, data: bytes | Callable[[], bytes]) -> Maker:
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data() if callable(data) else data)
        return path

    return make


def _folder(tmp: Path) -> Path:
    path = tmp / "a folder.txt"
    path.mkdir()
    return path


def _missing(tmp: Path) -> Path:
    return tmp / "no such article.txt"


def _deep_markdown() -> bytes:
    nested_list = "".join("  " * i + "- 項\n" for i in range(200))
    return ("# 標題\n\n" + ">" * 3000 + " 很深的引用。\n\n" + nested_list).encode()


def _many_headings() -> bytes:
    body = "".join(f"第{i}節 小標題\n這是第{i}段正文，寫得比標題長一些。\n" for i in range(20_000))
    return ("標題\n" + body).encode()


def _many_markdown_headings() -> bytes:
    return ("# 標題\n\n" + "".join(f"## 小節{i}\n\n正文第{i}段。\n\n" for i in range(20_000))).encode()


def _nested_quotes() -> bytes:
    return ("標題\n" + "「『“‘" * 2000 + "中心" + "’”』」" * 2000 + "\n他說：「" * 500 + "\n").encode()


CASES: dict[str, Maker] = {
    "empty": _file("empty.txt", b""),
    "whitespace": _file("blank.txt", " \n\t\n\u3000\n\r\n".encode()),
    "empty markdown": _file("empty.md", b""),
    "binary png": _file("picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8),
    "binary no nul": _file("noise.txt", bytes((i * 73 + 41) % 128 + 128 for i in range(4096))),
    "nul bytes": _file("nul.txt", SEED_TEXT.encode("utf-8").replace("。".encode(), "。\x00".encode(), 3)),
    "only nuls": _file("zeros.txt", b"\x00" * 1000),
    "truncated utf-8": _file("truncated.txt", SEED_TEXT.encode("utf-8")[:-2]),
    "invalid utf-8": _file(
        "invalid.txt", SEED_TEXT.encode("utf-8").replace("治理".encode(), b"\xff\xfe\xc3", 2)
    ),
    "latin-1": _file("latin1.txt", "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e\n".encode("latin-1")),
    "gb18030 seed": _file("seed-gb.txt", SEED_TEXT.encode("gb18030")),
    "gb18030 simplified": _file("simp-gb.txt", SIMPLIFIED.encode("gb18030")),
    "big5 seed": _file("seed-big5.txt", SEED_TEXT.encode("big5")),
    "utf-16 bom": _file("seed-16.txt", SEED_TEXT.encode("utf-16")),
    "utf-16-le no bom": _file("seed-16le.txt", SEED_TEXT.encode("utf-16-le")),
    "utf-16-be no bom": _file("seed-16be.txt", SEED_TEXT.encode("utf-16-be")),
    "utf-8 bom": _file("seed-sig.txt", SEED_TEXT.encode("utf-8-sig")),
    "bad utf-16 bom": _file("bad16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8\x41"),
    "cr": _file("seed-cr.txt", SEED_TEXT.replace("\n", "\r").encode()),
    "crlf": _file("seed-crlf.txt", SEED_TEXT.replace("\n", "\r\n").encode()),
    "multi-megabyte line": _file("line.txt", lambda: ("一行" + "很長的句子，沒有換行。" * 250_000).encode()),
    "20000 headings": _file("heads.txt", _many_headings),
    "20000 markdown headings": _file("heads.md", _many_markdown_headings),
    "unbalanced quotes": _file(
        "quotes.txt", "標題\n他說：「沒有結束的引號。\n“開了又開“還有』『\n」」」只關不開。\n".encode()
    ),
    "nested quotes": _file("nested.txt", _nested_quotes),
    "deep markdown": _file("deep.md", _deep_markdown),
    "markup": _file(
        "markup.md",
        (
            '# 標題\n\n<script>alert("x")</script>\n\n'
            '<img src="http://127.0.0.1:9/p.png"> &amp; &#0; &#xD800;\n'
        ).encode(),
    ),
    "control characters": _file(
        "control.txt", ("標題\x07\n正文\x1b[31m紅色\x1b[0m，\x0b\x0c還有\x7f\x85。\n來源：\x01報\n").encode()
    ),
    "zero-width and bidi": _file(
        "bidi.txt",
        "\u200b標\u200d題\u2060\n\u202e正文倒過來\u202c，\u2066隔離\u2069，\ufeff中間的BOM。\n責編：\u200f王某\n".encode(),
    ),
    "lone surrogate escape": _file("surrogate.txt", b"\xed\xa0\x80 text\n"),
    "emoji": _file("emoji.txt", "標題🎉\n👨‍👩‍👧‍👦一家人去了🇨🇳，說：「好！👍🏽」\n來源：📰日報\n".encode()),
    "headings only": _file("heads-only.txt", "一、甲\n二、乙\n三、丙\n".encode()),
    "credits only": _file("credits.txt", "來源：某報\n責編：王某\n".encode()),
    "a folder": _folder,
    "a missing path": _missing,
}
"""Every kind of bad input the issue names, and a few neighbours."""

SLOW = {"multi-megabyte line", "20000 headings", "20000 markdown headings"}


@pytest.fixture(autouse=True)
def _debug(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bugs propagate here, so a crash fails the test instead of becoming one line."""
    monkeypatch.setenv("READER_DEBUG", "1")


def _analyze(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the command in-process; with READER_DEBUG set a crash anywhere fails the test."""
    code = cli.main(["analyze", str(path), "--json"])
    out, err = capsys.readouterr()
    return code, out, err


def _check_result(code: int, out: str, err: str) -> dict[str, Any] | None:
    assert "Traceback" not in err
    if code == 2:
        assert out == ""
        lines = err.strip("\n").split("\n")
        assert len(lines) == 1 and lines[0].startswith("reader: "), err
        return None
    assert code == 0, err
    data = json.loads(out)
    assert isinstance(data, dict)
    text = data["text"]
    for block in data["blocks"]:
        assert 0 <= block["start"] <= block["end"] <= len(text)
    return data


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.slow) if c in SLOW else c for c in CASES])
def test_analyze_gives_a_result_or_one_line(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = CASES[case](tmp_path)
    code, out, err = _analyze(path, capsys)
    _check_result(code, out, err)


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("a folder", "folder"),
        ("a missing path", "no such file"),
        ("binary png", "binary"),
        ("binary no nul", "not text"),
        ("only nuls", "binary"),
        ("latin-1", "not text"),
        ("bad utf-16 bom", "utf-16"),
    ],
)
def test_unreadable_files_say_why(
    case: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _analyze(CASES[case](tmp_path), capsys)
    assert code == 2
    assert message in err
    _check_result(code, out, err)


@pytest.mark.parametrize(
    "case",
    [
        "gb18030 seed",
        "big5 seed",
        "utf-16 bom",
        "utf-16-le no bom",
        "utf-16-be no bom",
        "utf-8 bom",
        "cr",
        "crlf",
    ],
)
def test_encodings_and_line_ends_give_the_seed(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _analyze(CASES[case](tmp_path), capsys)
    data = _check_result(code, out, err)
    assert data is not None
    assert data["text"] == SEED_TEXT
    assert data["title"] == SEED_TITLE
    assert [s["title"] for s in data["sections"]] == SEED_SECTIONS
    assert data["meta"]["source"] == "漯河日報"


def test_simplified_gb18030_is_read_as_gb18030(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _check_result(*_analyze(CASES["gb18030 simplified"](tmp_path), capsys))
    assert data is not None
    assert data["encoding"] == "gb18030"
    assert data["text"] == SIMPLIFIED
    assert data["meta"]["source"] == "镇文化站"


@pytest.mark.parametrize("case", ["truncated utf-8", "invalid utf-8", "nul bytes"])
def test_damaged_text_is_read_with_replacement_marks(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _check_result(*_analyze(CASES[case](tmp_path), capsys))
    assert data is not None
    assert data["encoding"] == "utf-8"
    text = str(data["text"])
    assert "\ufffd" in text and "\x00" not in text
    assert data["title"] == SEED_TITLE


def test_empty_and_blank_files_give_an_empty_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for case in ("empty", "whitespace", "empty markdown"):
        data = _check_result(*_analyze(CASES[case](tmp_path), capsys))
        assert data is not None
        assert data["title"] is None and data["sections"] == [] and data["paragraphs"] == 0


def test_markup_in_markdown_stays_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _check_result(*_analyze(CASES["markup"](tmp_path), capsys))
    assert data is not None
    text = str(data["text"])
    assert '<script>alert("x")</script>' in text
    assert '<img src="http://127.0.0.1:9/p.png">' in text
    assert "\x02" not in text and "\x03" not in text


def test_bidi_zero_width_and_emoji_survive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bidi = _check_result(*_analyze(CASES["zero-width and bidi"](tmp_path), capsys))
    assert bidi is not None and "\u202e正文倒過來\u202c" in str(bidi["text"])
    emoji = _check_result(*_analyze(CASES["emoji"](tmp_path), capsys))
    assert emoji is not None
    assert emoji["title"] == "標題🎉"
    assert "👨‍👩‍👧‍👦" in str(emoji["text"])


@pytest.mark.slow
def test_25_megabyte_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = _seed_body()
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(SEED_TITLE + "\n")
        size = 0
        while size < 25_000_000:
            fh.write(body)
            size += len(body.encode())
        fh.write("來源：測試\n")
    doc = parse_path(path)  # loading and parsing alone, whatever the analysis does
    assert doc.title is not None and doc.title.text == SEED_TITLE
    assert doc.meta.source == "測試"
    data = _check_result(*_analyze(path, capsys))
    assert data is not None
    assert data["title"] == SEED_TITLE
    assert data["meta"]["source"] == "測試"


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(SLOW))
def test_large_inputs_load_and_parse(case: str, tmp_path: Path) -> None:
    doc = parse_path(CASES[case](tmp_path))
    assert doc.title is not None
    if "headings" in case:
        assert len(doc.sections) == 20_000


@pytest.mark.parametrize(
    "case", ["empty", "binary png", "a folder", "a missing path", "gb18030 seed", "markup"]
)
def test_real_command_never_prints_a_traceback(case: str, tmp_path: Path) -> None:
    path = CASES[case](tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "READER_DEBUG"}
    run = subprocess.run(
        [sys.executable, "-m", "reader", "analyze", str(path), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    _check_result(run.returncode, run.stdout, run.stderr)
    assert "internal error" not in run.stderr


def test_a_bug_still_ends_as_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without READER_DEBUG an unexpected exception is one line and exit 2, not a traceback."""
    import reader.documents

    def broken(path: object) -> None:
        raise RuntimeError("something\nwent wrong")

    monkeypatch.delenv("READER_DEBUG")
    monkeypatch.setattr(reader.documents, "open_document", broken)
    code, out, err = cli.main(["analyze", str(SEED), "--json"]), *capsys.readouterr()
    assert code == 2 and out == ""
    assert err == "reader: internal error (RuntimeError: something went wrong); READER_DEBUG=1 shows more\n"
    monkeypatch.setenv("READER_DEBUG", "1")
    with pytest.raises(RuntimeError):
        cli.main(["analyze", str(SEED), "--json"])
