"""Bytes to text: BOMs, UTF-8, UTF-16 with and without BOM, GB18030 vs Big5, damage, line ends."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reader import loading
from reader.errors import LoadError
from reader.loading import decode_bytes, legacy_score, load_path, normalise_newlines
from tests.conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")
# Written for these tests: a Simplified text that Big5 cannot hold, and its Traditional twin.
SIMPLIFIED = (
    "河边小镇的早市\n天刚亮，镇上的早市就热闹起来了。卖豆腐的、卖青菜的，沿着河边一字排开。\n"
    "六十二岁的刘大爷在这里摆摊已经三十年。他说：“现在修成了石板路，干净多了。”\n"
    "来源：镇文化站\n"
)
TRADITIONAL = (
    "河邊小鎮的早市\n天剛亮，鎮上的早市就熱鬧起來了。賣豆腐的、賣青菜的，沿著河邊一字排開。\n"
    "六十二歲的劉大爺在這裡擺攤已經三十年。他說：「現在修成了石板路，乾淨多了。」\n"
    "來源：鎮文化站\n"
)


def family(encoding: str) -> str:
    return "utf-16" if encoding.startswith("utf-16") else encoding


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (SEED_TEXT.encode("big5"), "big5"),
        (SEED_TEXT.encode("gb18030"), "gb18030"),
        (SEED_TEXT.encode("utf-16"), "utf-16"),
        (SEED_TEXT.encode("utf-16-le"), "utf-16"),
        (SEED_TEXT.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF16_BE + SEED_TEXT.encode("utf-16-be"), "utf-16"),
        (SEED_TEXT.encode("utf-8-sig"), "utf-8"),
        (SEED_TEXT.encode("utf-8"), "utf-8"),
        (SEED_TEXT.encode("utf-32"), "utf-32-le"),
    ],
    ids=[
        "big5",
        "gb18030",
        "utf-16-bom",
        "utf-16-le",
        "utf-16-be",
        "utf-16-be-bom",
        "utf-8-sig",
        "utf-8",
        "utf-32",
    ],
)
def test_seed_in_every_encoding(data: bytes, expected: str) -> None:
    loaded = decode_bytes(data)
    assert loaded.text == SEED_TEXT
    assert family(loaded.encoding) == expected
    assert loaded.replaced == 0


@pytest.mark.parametrize(
    ("text", "codec"), [(SIMPLIFIED, "gb18030"), (TRADITIONAL, "gb18030"), (TRADITIONAL, "big5")]
)
def test_own_texts(text: str, codec: str) -> None:
    loaded = decode_bytes(text.encode(codec))
    assert (loaded.text, loaded.encoding) == (text, codec)


@pytest.mark.parametrize("length", [8, 16, 40])
@pytest.mark.parametrize(
    ("source", "codec"),
    [(SEED_TEXT, "big5"), (SEED_TEXT, "gb18030"), (SIMPLIFIED, "gb18030"), (TRADITIONAL, "big5")],
    ids=["seed-big5", "seed-gb18030", "simplified-gb18030", "traditional-big5"],
)
def test_short_slices_are_read_right(source: str, codec: str, length: int) -> None:
    """Every slice of 8 characters or more, stepping through the text, decodes to itself."""
    wrong = []
    for start in range(0, len(source) - length, 7):
        piece = source[start : start + length]
        loaded = decode_bytes(piece.encode(codec))
        if (loaded.text, loaded.encoding) != (normalise_newlines(piece), codec):
            wrong.append((piece, loaded.encoding))
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("中華民國萬歲", "big5"),
        ("经济发展", "gb18030"),
        ("他說：「好。」", "big5"),
        ("她说：“好。”", "gb18030"),
    ],
)
def test_very_short_texts_with_a_clear_answer(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec)).encoding == codec


def test_short_utf16_without_bom_is_not_taken_for_gb18030() -> None:
    for start in range(0, 200, 9):
        piece = SEED_TEXT[start : start + 8]
        loaded = decode_bytes(piece.encode("utf-16-le"))
        assert (loaded.text, loaded.encoding) == (normalise_newlines(piece), "utf-16-le")


def test_the_frequent_block_score_separates_right_from_wrong() -> None:
    right = SEED_TEXT.encode("big5").decode("big5")
    wrong = SEED_TEXT.encode("big5").decode("gb18030", errors="replace")
    assert legacy_score(right) > 0.9
    assert legacy_score(wrong) < 0.6
    simplified_right = SIMPLIFIED.encode("gb18030").decode("gb18030")
    simplified_wrong = SIMPLIFIED.encode("gb18030").decode("big5", errors="replace")
    assert legacy_score(simplified_right) > legacy_score(simplified_wrong) + 0.2


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_ends_become_newlines(newline: str) -> None:
    assert decode_bytes(SEED_TEXT.replace("\n", newline).encode("utf-8")).text == SEED_TEXT
    assert decode_bytes(SEED_TEXT.replace("\n", newline).encode("utf-16")).text == SEED_TEXT


def test_text_is_otherwise_verbatim() -> None:
    odd = "  標題\u3000\n\t縮排\u200b與空白  \n\n\n結尾 "
    assert decode_bytes(odd.encode("utf-8")).text == odd


def test_truncated_utf8_keeps_the_text_and_marks_the_cut() -> None:
    assert not SEED_TEXT.endswith("\n")  # so the cut falls inside the last character
    loaded = decode_bytes(SEED_TEXT.encode("utf-8")[:-1])
    assert loaded.encoding == "utf-8"
    assert loaded.text == SEED_TEXT[:-1] + "\ufffd"
    assert loaded.replaced == 1


def test_a_few_invalid_bytes_are_replaced_not_misread_as_gb18030() -> None:
    data = SEED_TEXT.encode("utf-8").replace("培訓".encode(), b"\xc0\xff", 3)
    loaded = decode_bytes(data)
    assert loaded.encoding == "utf-8"
    assert loaded.replaced == 6
    assert loaded.text.count("\ufffd") == 6


def test_stray_nuls_are_replaced_but_binary_is_refused() -> None:
    loaded = decode_bytes(SEED_TEXT.encode("utf-8").replace(b"\n", b"\x00\n", 2))
    assert loaded.replaced == 2 and "\x00" not in loaded.text
    with pytest.raises(LoadError, match="binary"):
        decode_bytes(b"\x7fELF\x02\x01\x01" + bytes(200))
    with pytest.raises(LoadError, match="binary"):
        decode_bytes(b"\x00" * 64)


def test_undecodable_bytes_are_refused_with_a_message() -> None:
    with pytest.raises(LoadError, match="not text"):
        decode_bytes(bytes(range(0x80, 0x100)) * 4)
    with pytest.raises(LoadError, match="utf-16"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")


def test_empty_and_ascii() -> None:
    assert decode_bytes(b"").text == ""
    assert decode_bytes(b"plain ascii\r\n").text == "plain ascii\n"


def test_load_path_errors_are_load_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(LoadError, match="no such file"):
        load_path(tmp_path / "missing.txt")
    with pytest.raises(LoadError, match="folder"):
        load_path(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 100)
    monkeypatch.setattr(loading, "MAX_BYTES", 10)
    with pytest.raises(LoadError, match="MB"):
        load_path(big)


def test_load_path_reads_the_seed() -> None:
    loaded = load_path(SEED)
    assert loaded.text == SEED_TEXT and loaded.encoding == "utf-8"


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_refused_instead_of_blocking(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(LoadError, match="not a regular file"):
        load_path(fifo)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this platform")
def test_a_device_that_never_ends_is_refused() -> None:
    with pytest.raises(LoadError, match="not a regular file"):
        load_path("/dev/zero")
