"""Bytes to text: encoding detection and line-end normalisation, nothing else.

The text is otherwise kept verbatim so that offsets into it stay meaningful to the user:
the model's offsets refer to exactly what was in the file, less CR characters (and with
damaged bytes or stray NULs shown as U+FFFD, one character each).

GB18030 vs Big5 (and BOM-less UTF-16), measured with ``benchmarks/loading_detection.py``
on the seed, its Simplified conversion, a Simplified text of our own and its Traditional
conversion, each whole and in random slices of 2–128 characters (2,182 cases):

=====================================  ===========  ===================================
rule                                   right        slices of 4+ characters
=====================================  ===========  ===================================
this module (strict decode, then       2137 / 2182  all right
OpenCC t2s + GB2312 level-1 share)
first version (charset-normalizer      1964 / 2182  GB18030 4-char 109/160, 8-char
restricted to gb18030/big5, then a                  157/160; UTF-16 8-char 116/120
score)
charset-normalizer alone               1718 / 2182  GB18030 8-char 85/160, Big5 8-char
                                                    61/80
=====================================  ===========  ===================================

The errors left are slices of two characters, which the bytes do not settle. So
charset-normalizer is not worth a dependency here: our rule is right more often, and
it knows why (the share of frequent characters, see :func:`legacy_score`).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from reader.errors import LoadError

MAX_BYTES = 64 * 1024 * 1024
"""Files larger than this are refused with a message rather than exhausting memory."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class LoadedText:
    """Decoded text and how it was decoded."""

    text: str
    """The text with CRLF and CR turned into LF and any BOM removed."""
    encoding: str
    """The codec that decoded it."""
    replaced: int = 0
    """Damaged bytes (invalid or truncated UTF-8, NUL) shown as U+FFFD, so the window can say so."""


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so every platform's files give the same offsets."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


UTF16_SAMPLE = 64 * 1024
"""Bytes of a file without a BOM looked at to decide whether it is UTF-16."""


def _plausible(ch: str) -> bool:
    """A character real text is made of; byte-swapped or misread UTF-16 gives few of them."""
    code = ord(ch)
    return (
        0x20 <= code < 0x7F
        or ch in "\t\n\r"
        or 0xA0 <= code <= 0x24F
        or 0x2000 <= code <= 0x206F
        or 0x3000 <= code <= 0x303F
        or 0x4E00 <= code <= 0x9FFF
        or 0xFF00 <= code <= 0xFFEF
    )


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: the byte order whose decoding is mostly real characters.

    A NUL-byte count alone fails on Chinese text with some ASCII (digits, commas): too few
    NULs. Byte-swapped text lands in unrelated scripts (Ethiopic, Kannada, CJK extension
    A), so the share of plausible characters separates the two orders and other encodings.
    """
    if len(data) < 2 or len(data) % 2:
        return None
    sample = data[:UTF16_SAMPLE]
    best: tuple[float, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        text = sample.decode(codec, errors="replace")
        if not text:
            continue
        score = sum(1 for ch in text if _plausible(ch)) / len(text)
        if best is None or score > best[0]:
            best = (score, codec)
    if best is None or best[0] < 0.9:
        return None
    return best[1]


_COMMON_PUNCT = frozenset("，。、；：？！「」『』“”‘’（）《》〈〉【】—…·．～　")
SCORE_SAMPLE = 20_000
"""Characters scored per candidate decoding: enough for a verdict, cheap on a 25 MB file."""
MIN_LEGACY_SCORE = 0.5
"""Below this share of plausible characters, neither GB18030 nor Big5 is believed: not text."""


_T2S: list[object] = []


def _simplified(text: str) -> str:
    """``text`` in Simplified characters (OpenCC t2s), so one frequency table serves both scripts."""
    if not _T2S:
        try:
            import opencc

            _T2S.append(opencc.OpenCC("t2s"))
        except Exception:  # pragma: no cover - without OpenCC, Traditional text scores lower
            _T2S.append(None)
    converter = _T2S[0]
    if converter is None:  # pragma: no cover
        return text
    converted: str = converter.convert(text)  # type: ignore[attr-defined]
    return converted


def _frequency(ch: str) -> float:
    """1 for GB2312's frequent level (lead bytes B0–D7), 0.5 for its second level, else 0."""
    try:
        data = ch.encode("gb2312")
    except UnicodeEncodeError:
        return 0.0
    if len(data) != 2:
        return 0.0
    if 0xB0 <= data[0] <= 0xD7:
        return 1.0
    return 0.5 if 0xD8 <= data[0] <= 0xF7 else 0.0


def legacy_score(text: str) -> float:
    """How much a decoding reads like Chinese: common punctuation and frequent characters.

    Characters are first made Simplified (OpenCC t2s) and then looked up in GB2312's
    frequent level (3,755 characters), so Traditional text in Big5 *or* GB18030 is
    measured like Simplified text. Bytes of one encoding read as the other give rare
    characters, kana, Cyrillic or private-use code points: a much lower share.
    """
    sample = _simplified(text[:SCORE_SAMPLE])
    total = 0
    good = 0.0
    for ch in sample:
        if ch < "\x80":
            continue
        total += 1
        if ch in _COMMON_PUNCT:
            good += 1
        elif "\u4e00" <= ch <= "\u9fff":
            good += _frequency(ch)
    return good / total if total else 1.0


def _decode_legacy(data: bytes) -> LoadedText | None:
    """GB18030, Big5 or (no NUL bytes, no BOM) UTF-16: strict decoding, then the best score.

    Figures in the module docstring.
    """
    candidates: list[tuple[float, int, str, str]] = []
    for rank, codecs_tried in enumerate((("gb18030",), ("big5", "big5hkscs"))):
        for codec in codecs_tried:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            score = legacy_score(text)
            # On a tie GB18030 wins: it is the more common of the two, and the superset.
            candidates.append((score, -rank, codec, text))
            break
    utf16 = _looks_utf16(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            score = legacy_score(text)
            candidates.append((score, -2, utf16, text))
    if not candidates:
        return None
    score, _rank, codec, text = max(candidates)
    if score < MIN_LEGACY_SCORE:
        return None
    return LoadedText(text, codec)


MAX_DAMAGE = 0.2
"""Undecodable bytes per well-formed multi-byte character under which a file is damaged UTF-8.

Text in GB18030 or Big5 read as UTF-8 fails on nearly every character (ratio above 1),
so a few bad bytes among many good characters mean UTF-8 with damage, not another codec.
"""
MAX_NUL_SHARE = 0.01
"""Stray NUL bytes in a text up to this share are shown as U+FFFD; more means binary."""


def _utf8_with_damage(data: bytes) -> LoadedText | None:
    """Truncated or partly invalid UTF-8, with the bad bytes shown as U+FFFD."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ch >= "\x80" and ch != "\ufffd")
    truncated_only = False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        truncated_only = exc.reason == "unexpected end of data" and exc.start >= len(data) - 3
    if bad <= 0 or not (truncated_only or good * MAX_DAMAGE >= bad):
        return None
    return LoadedText(text, "utf-8", replaced=bad)


def _without_nuls(text: str, encoding: str) -> LoadedText:
    """NUL is never article text: a few stray ones are shown as U+FFFD, many mean binary."""
    nuls = text.count("\x00")
    if nuls == 0:
        return LoadedText(normalise_newlines(text), encoding)
    if nuls > len(text) * MAX_NUL_SHARE:
        raise LoadError("the file looks binary (it contains NUL bytes), not a text article")
    return LoadedText(normalise_newlines(text.replace("\x00", "\ufffd")), encoding, replaced=nuls)


def decode_bytes(data: bytes) -> LoadedText:
    """Decode an article's bytes: BOMs, UTF-8 (also damaged), UTF-16, then GB18030 and Big5."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise LoadError(f"the file starts with a {codec} mark but is not valid {codec}") from exc
            return _without_nuls(text, codec)
    has_nul = b"\x00" in data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if has_nul:
            utf16 = _looks_utf16(data)
            if utf16 is not None:
                try:
                    return _without_nuls(data.decode(utf16), utf16)
                except UnicodeDecodeError:
                    pass
        return _without_nuls(text, "utf-8")
    if has_nul:
        # GB18030 and Big5 text never holds NUL bytes; UTF-16 nearly always does.
        utf16 = _looks_utf16(data)
        if utf16 is not None:
            try:
                return _without_nuls(data.decode(utf16), utf16)
            except UnicodeDecodeError:
                pass
    damaged = _utf8_with_damage(data)
    if damaged is not None:
        return _damaged_with_nuls(damaged)
    if has_nul:
        raise LoadError("the file looks binary (it contains NUL bytes), not a text article")
    legacy = _decode_legacy(data)
    if legacy is not None:
        return LoadedText(normalise_newlines(legacy.text), legacy.encoding)
    raise LoadError("the file is not text in a known encoding (UTF-8, UTF-16, GB18030 or Big5)")


def _damaged_with_nuls(damaged: LoadedText) -> LoadedText:
    fixed = _without_nuls(damaged.text, damaged.encoding)
    return LoadedText(fixed.text, fixed.encoding, fixed.replaced + damaged.replaced)


def load_path(path: str | Path) -> LoadedText:
    """Read and decode a file, turning every OS problem into a :class:`LoadError` message."""
    p = Path(path)
    try:
        if p.is_dir():
            raise LoadError(f"{p} is a folder, not an article")
        if not p.is_file() and p.exists():
            # A FIFO would block forever and /dev/zero never ends: only regular files are read.
            raise LoadError(f"{p} is not a regular file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(f"{p} is {size // (1024 * 1024)} MB; Reader opens articles up to 64 MB")
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)  # a file growing while we read cannot exhaust memory
        if len(data) > MAX_BYTES:
            raise LoadError(f"{p} is larger than 64 MB; Reader opens articles up to 64 MB")
    except FileNotFoundError as exc:
        raise LoadError(f"{p}: no such file") from exc
    except PermissionError as exc:
        raise LoadError(f"{p}: permission denied") from exc
    except OSError as exc:
        raise LoadError(f"{p}: cannot be read ({exc.strerror or exc})") from exc
    return decode_bytes(data)
