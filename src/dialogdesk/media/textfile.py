"""Reading text files written by others: subtitles and written cases (no Qt).

Danish subtitle files made on Windows are often Windows-1252, not UTF-8; a byte-order mark,
CRLF or CR line ends and a missing final newline are all common. Everything comes back as a
``str`` with ``\\n`` line ends.
"""

from __future__ import annotations

import codecs
from pathlib import Path

MAX_TEXT_BYTES = 2 * 1024 * 1024  # a case or subtitle file; anything larger is not one


class TextFileError(Exception):
    """A text file that cannot be used, with the reason in plain words."""


def decode_text(raw: bytes) -> str:
    """Decode with a BOM if there is one, else UTF-8, else Windows-1252; normalise line ends."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if raw.startswith(bom):
            text = raw[len(bom) :].decode(encoding, errors="replace")
            break
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text_file(path: Path, *, limit: int = MAX_TEXT_BYTES) -> str:
    """The file's text; raises TextFileError when it is missing, too large or not text."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise TextFileError(f"{path.name} is {size} bytes; a text file here is at most {limit}")
        raw = path.read_bytes()
    except OSError as error:
        raise TextFileError(f"{path.name} cannot be read: {error.strerror or error}") from None
    if b"\x00" in raw[:4096] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise TextFileError(f"{path.name} is not a text file")
    return decode_text(raw)
