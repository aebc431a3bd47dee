"""Turning a file's bytes into text, refusing what is not text."""

from __future__ import annotations

import codecs

from timeline_app.ingest.errors import IngestError

# Control characters other than tab, newline, carriage return and form feed.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_BINARY_SIGNATURES = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"MZ")


def looks_binary(data: bytes) -> bool:
    """True for files that are not text: known binary signatures, NUL bytes
    outside UTF-16, or many control characters in the first 8 KiB."""
    head = data[:8192]
    if head.startswith(_BINARY_SIGNATURES):
        return True
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    return controls > max(8, len(head) // 100)


def decode_text(data: bytes) -> str:
    """Decode with the encoding the bytes declare or fit (UTF-8, UTF-16 with a
    BOM, else Windows-1252); line ends become ``\\n``."""
    if looks_binary(data):
        raise IngestError("not a text article (binary content)")
    text = _decode(data)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")
