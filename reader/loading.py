"""Bytes to text: encoding detection and line-end normalisation, nothing else.

The text is otherwise kept verbatim so that offsets into it stay meaningful to the user:
the model's offsets refer to exactly what was in the file, less CR characters.
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


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so every platform's files give the same offsets."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII or CJK text leaves NULs on one side of each pair."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even_nul = sum(1 for b in sample[0::2] if b == 0)
    odd_nul = sum(1 for b in sample[1::2] if b == 0)
    half = len(sample) // 2
    if odd_nul > half * 0.3 and even_nul < half * 0.05:
        return "utf-16-le"
    if even_nul > half * 0.3 and odd_nul < half * 0.05:
        return "utf-16-be"
    # CJK-only UTF-16 has no NULs; recognise it by decoding to mostly CJK ideographs.
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff" or ch in "，。、：；「」“”\n")
        if text and cjk / len(text) > 0.85:
            return codec
    return None


def _cjk_score(text: str) -> float:
    """Share of characters that are common CJK ideographs, punctuation or ASCII.

    Big5 bytes decoded as GB18030 (and the reverse) decode without error surprisingly
    often but give rare ideographs, private-use and compatibility characters; real text
    scores close to 1.
    """
    if not text:
        return 0.0
    good = 0
    for ch in text:
        code = ord(ch)
        if code < 0x80 or 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF:
            good += 1
        elif 0x4E00 <= code <= 0x9FA5:
            good += 1
    return good / len(text)


def _decode_legacy(data: bytes) -> LoadedText | None:
    """GB18030 or Big5: both decode much of each other's bytes, so compare what they yield."""
    candidates: list[tuple[float, str, str]] = []
    for codec in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        candidates.append((_cjk_score(text), codec, text))
    if not candidates:
        return None
    if len(candidates) == 2:
        try:
            from charset_normalizer import from_bytes

            best = from_bytes(data, cp_isolation=["gb18030", "big5"]).best()
        except Exception:  # pragma: no cover - a detector failure falls back to our own score
            best = None
        if best is not None:
            name = "big5hkscs" if "big5" in best.encoding else "gb18030"
            for _score, codec, text in candidates:
                if codec == name:
                    return LoadedText(text, "big5" if codec == "big5hkscs" else codec)
    score, codec, text = max(candidates)
    if score < 0.5:
        return None
    return LoadedText(text, "big5" if codec == "big5hkscs" else codec)


def decode_bytes(data: bytes) -> LoadedText:
    """Decode an article's bytes, trying BOMs, UTF-8, UTF-16, then GB18030 and Big5."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return LoadedText(normalise_newlines(data[len(bom) :].decode(codec)), codec)
            except UnicodeDecodeError as exc:
                raise LoadError(f"the file starts with a {codec} mark but is not valid {codec}") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if "\x00" in text:
            utf16 = _looks_utf16(data)
            if utf16 is not None:
                return LoadedText(normalise_newlines(data.decode(utf16)), utf16)
            raise LoadError("the file looks binary (it contains NUL bytes), not a text article")
        return LoadedText(normalise_newlines(text), "utf-8")
    utf16 = _looks_utf16(data)
    if utf16 is not None:
        try:
            return LoadedText(normalise_newlines(data.decode(utf16)), utf16)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise LoadError("the file looks binary (it contains NUL bytes), not a text article")
    legacy = _decode_legacy(data)
    if legacy is not None:
        return LoadedText(normalise_newlines(legacy.text), legacy.encoding)
    raise LoadError("the file is not text in a known encoding (UTF-8, UTF-16, GB18030 or Big5)")


def load_path(path: str | Path) -> LoadedText:
    """Read and decode a file, turning every OS problem into a :class:`LoadError` message."""
    p = Path(path)
    try:
        if p.is_dir():
            raise LoadError(f"{p} is a folder, not an article")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(f"{p} is {size // (1024 * 1024)} MB; Reader opens articles up to 64 MB")
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise LoadError(f"{p}: no such file") from exc
    except PermissionError as exc:
        raise LoadError(f"{p}: permission denied") from exc
    except OSError as exc:
        raise LoadError(f"{p}: cannot be read ({exc.strerror or exc})") from exc
    return decode_bytes(data)
