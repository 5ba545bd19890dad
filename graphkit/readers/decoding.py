"""Bytes to text: UTF-8 first, then a byte-order mark, then charset-normalizer's detection.

>>> decode("Café".encode("utf-8")), decode("\\ufeffCafé".encode("utf-8"))
('Café', 'Café')
>>> decode("Café à Paris, déjà vu.".encode("latin-1"))  # Latin-1 and Windows-1252 read as Windows-1252
'Café à Paris, déjà vu.'
>>> decode("Iran supplies Russia.".encode("utf-16"))
'Iran supplies Russia.'
>>> try:
...     decode(bytes(range(256)) * 4)
... except NotText as err:
...     print(err)
binary data or unknown encoding
"""

from __future__ import annotations

import codecs

import charset_normalizer
from charset_normalizer import CharsetMatch
from charset_normalizer.utils import is_multi_byte_encoding

BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
WESTERN_FALLBACK = "cp1252"  # a superset of Latin-1's printable characters, and what "Latin-1" files usually are
WESTERN_ENCODINGS = frozenset({"cp1252", "latin_1", "iso8859_15"})
CLOSE_CHAOS = 0.1  # a Western candidate this close to the best guess is taken instead
MIN_COHERENCE = 0.2  # below this, a single-byte guess is no better than Windows-1252
MAX_CONTROL_RATIO = 0.01  # more control characters than this and it is not text
TEXT_CONTROLS = frozenset("\t\n\r\f\v")


class NotText(ValueError):
    """The bytes are not text in any encoding graphkit can tell: the reason says why."""


def check_text(text: str) -> str:
    """``text`` if it looks like text; NotText for binary data that happened to decode.

    A stray control character (a broken line in a JSONL file) is not enough to call a file binary.
    """
    controls = sum(1 for ch in text if ch < " " and ch not in TEXT_CONTROLS)
    if controls > MAX_CONTROL_RATIO * max(len(text), 1):
        raise NotText("binary data (control bytes)")
    return text


def prefer_western(best: CharsetMatch, matches: list[CharsetMatch]) -> bool:
    """Whether Windows-1252 should win over a single-byte guess: a close contender, or a weak guess.

    Single-byte encodings of Latin script decode the same bytes into near-identical text, and
    detection often ranks a Baltic or Central European code page first for French or Spanish.
    """
    if is_multi_byte_encoding(best.encoding):
        return False
    western = [m for m in matches if m.encoding in WESTERN_ENCODINGS]
    close = any(m.chaos <= best.chaos + CLOSE_CHAOS for m in western)
    return close or best.coherence < MIN_COHERENCE


def detect(data: bytes) -> str:
    """Decode with charset-normalizer's best guess, preferring Windows-1252 to a weak single-byte guess."""
    has_nul = b"\x00" in data
    matches = [
        m
        for m in charset_normalizer.from_bytes(data)
        if has_nul or not m.encoding.startswith(("utf_16", "utf_32"))  # ASCII text in UTF-16 has NUL bytes
    ]
    best = matches[0] if matches else None
    if not has_nul and (best is None or prefer_western(best, matches)):
        try:
            return data.decode(WESTERN_FALLBACK)
        except UnicodeDecodeError:
            pass
    if best is None:
        raise NotText("binary data or unknown encoding")
    return str(best)


def decode(data: bytes) -> str:
    """The text of a file's bytes; raises NotText with the reason when they are not text."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return check_text(data.decode(encoding))
            except UnicodeDecodeError as err:
                raise NotText(f"not decodable as {encoding} despite its byte-order mark (byte {err.start})") from err
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return check_text(detect(data))
    if text.count("\x00") > len(text) // 10:  # UTF-16 without a byte-order mark is valid UTF-8 with NULs
        return check_text(detect(data))
    return check_text(text)
