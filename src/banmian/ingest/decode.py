"""Bytes of a text layer to text: detect the encoding and refuse, in one line, what is not a page.

Chinese text layers come as UTF-8 (most tools today), GB18030/GBK/GB2312 (older mainland tools and
Windows), UTF-16 (Windows "Unicode" text) and Big5 (Taiwan and Hong Kong). The order of the checks
is fixed and cheap, so the same bytes always give the same text and a page costs microseconds:
byte-order mark, NUL pattern (UTF-16), strict UTF-8, strict GB18030, then Big5 only when it reads
clearly better. charset-normalizer is asked only when none of these decode the bytes.

Line numbering is the user's: after :func:`normalise_text`, line ``i`` of the file as an editor
shows it is ``split_lines(text)[i - 1]``; every line break becomes exactly one ``\\n``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from types import MappingProxyType

from banmian.errors import (
    BinaryInputError,
    EmptyInputError,
    UndecodableInputError,
    UnsupportedInputError,
)

#: Label used in messages for bytes or text that came without a file name.
UNNAMED_INPUT = "<input>"

#: Byte-order marks, longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (b"\x84\x31\x95\x33", "gb18030"),  # GB18030's own encoding of U+FEFF, written by some Windows tools
)

#: Leading bytes of formats people pass by mistake, so the message can name what the file is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive, e.g. DOCX, XLSX or EPUB"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
)

_PDF_MAGIC = b"%PDF-"
#: Bytes skipped before looking for the PDF magic: a UTF-8 mark or blank lines some tools prepend.
_PDF_LEADING_NOISE = codecs.BOM_UTF8 + b" \t\r\n"
#: Bytes looked at for that noise and the magic (the PDF standard's own header window); a PDF with
#: other junk before its header still holds NUL and control bytes and is refused as binary.
_PDF_HEADER_WINDOW = 1024

#: C0 control bytes that are a sign of binary data. Tab, newline, CR, vertical tab and form feed
#: (pdftotext ends every page with one) are not, even though a vertical tab is dropped from the
#: text later. In UTF-8, GB18030 and Big5 these bytes never occur inside a multi-byte character,
#: so counting them on the raw bytes is exact.
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + b"\x0e\x0f" + bytes(range(0x10, 0x20)) + b"\x7f"
#: A text with more than this share of control characters is binary data, not a damaged page:
#: stray controls in real text layers are well under 0.1 %, binary formats hold 5-30 %.
MAX_CONTROL_SHARE = 0.01
#: ...and at least this many, so that one stray byte in a ten-character test file is not "binary".
MIN_CONTROL_COUNT = 4

#: Bytes sampled to recognise UTF-16 without a byte-order mark; 4 KiB is a few hundred lines.
UTF16_SAMPLE_BYTES = 4096
#: Share of NUL bytes that must sit on one parity (the high byte of ASCII in UTF-16) to call it
#: UTF-16; binary formats spread their NULs over both. Not higher: common characters whose low
#: byte is 0 (一 U+4E00, 开 U+5F00) put NULs on the other parity, 9 % of them on a real page.
UTF16_NUL_PARITY_SHARE = 0.75
#: Minimum NULs per UTF-16 code unit in the sample: every line ends in a newline whose high byte is
#: NUL, and text-layer lines are short (10-40 characters), so real files are well above 1 %.
UTF16_MIN_NUL_PER_UNIT = 0.01
#: Without a byte-order mark, UTF-16 must also read as text: at most this share of characters
#: outside ASCII, general punctuation, CJK (with kana) and full-width forms. Binary data with a
#: regular NUL pattern reads as random code points, about half of them outside these ranges.
UTF16_MAX_UNUSUAL_SHARE = 0.1
_UNUSUAL_FOR_TEXT = re.compile("[^\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u9fff\uff00-\uffef]")

#: Big5 replaces GB18030 only when its share of common characters is at least this much higher.
#: Big5 bytes almost always decode as GB18030 too, into rare characters and private-use symbols
#: (measured: 0.23 for Big5 news text read as GB18030, 1.0 read as Big5; GB text read as GB: 1.0).
BIG5_MARGIN = 0.25
_BIG5_CODEC = "big5hkscs"  # superset of Big5: Hong Kong papers print HKSCS characters

#: Bytes that fail under the closest codec, as a share of the input, below which the file is a
#: damaged CJK file (truncated, spliced) rather than another encoding; charset-normalizer would
#: turn such a file into mojibake, so it is refused with the offset of the first bad byte.
DAMAGED_SHARE = 0.02
#: charset-normalizer's "chaos" (0 = clean text, 1 = noise) above which its guess is refused.
MAX_FALLBACK_CHAOS = 0.2

#: Line breaks other than CR, which is handled with ``str.replace`` (a regex pass costs ~50 µs a page).
_OTHER_LINE_BREAKS = MappingProxyType(str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x85": "\n"}))
#: Control characters removed from decoded text (C0 but tab, newline and form feed, DEL, C1 but
#: NEL), and the invisible ones that hold no text: zero-width space, word joiner and a byte-order
#: mark inside the text (text copied from web pages and some PDFs carries them; 「。」 followed by a
#: zero-width space ends no sentence to a rule that reads a line's last character). A form feed is
#: the page break pdftotext writes after every page (ingest.text reads it).
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\u2060\ufeff]")
#: Spaces of other widths and the no-break space, read as the ASCII space every rule expects between
#: letter-spaced characters or phrases (a banner's phrases set apart by no-break spaces read as one
#: title line). The ideographic space U+3000 stays: it is the printed indent of a paragraph's line.
_OTHER_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f]")
#: The same set as ``_CONTROL_BYTES``, for text decoded from a byte-order mark or UTF-16.
_BINARY_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text ready for line splitting, with the codec that produced it (``"str"`` for text input)."""

    text: str
    encoding: str
    #: Control and zero-width characters removed; the page keeps its line numbers, so this is only a
    #: diagnostic.
    controls_removed: int = 0


def decode_bytes(data: bytes, *, name: str = UNNAMED_INPUT) -> DecodedText:
    """Decode a text layer; raise an :class:`~banmian.errors.InputError` naming ``name`` otherwise."""
    if not data:
        raise EmptyInputError(f"{name}: empty file, no text to parse")
    _refuse_known_formats(data, name)
    text, encoding = _decode(data, name)
    return _finish(text, encoding, name)


def decode_text(text: str, *, name: str = UNNAMED_INPUT) -> DecodedText:
    """Give text passed as ``str`` the same normalisation and checks as decoded bytes."""
    return _finish(text, "str", name)


def normalise_text(text: str) -> tuple[str, int]:
    """Unify line breaks to ``\\n`` and drop control characters; return the text and the drop count.

    CR LF, lone CR (old Mac tools), U+2028/U+2029 and NEL each become one ``\\n`` so line numbers
    match what an editor shows; zero-width spaces, word joiners and byte-order marks (a doubled one
    at the start too) are dropped and counted with the controls; spaces of other widths become
    ASCII spaces (``_OTHER_SPACE``).
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = text.translate(_OTHER_LINE_BREAKS)
    text, removed = _CONTROL_CHARS.subn("", text)
    if _OTHER_SPACE.search(text) is not None:
        text = _OTHER_SPACE.sub(" ", text)
    return text, removed


def split_lines(text: str) -> tuple[str, ...]:
    """Lines of normalised text; a final newline ends the last line instead of opening a new one."""
    if text.endswith("\n"):
        text = text[:-1]
    return tuple(text.split("\n"))


def _finish(text: str, encoding: str, name: str) -> DecodedText:
    text, removed = normalise_text(text)
    if not text.strip():
        raise EmptyInputError(f"{name}: only whitespace, no text to parse")
    return DecodedText(text=text, encoding=encoding, controls_removed=removed)


def _refuse_known_formats(data: bytes, name: str) -> None:
    if data[:_PDF_HEADER_WINDOW].lstrip(_PDF_LEADING_NOISE).startswith(_PDF_MAGIC):
        raise UnsupportedInputError(
            f"{name}: this is a PDF; PDF reading is not available yet in this version, "
            "pass its text layer instead (e.g. from `pdftotext FILE.pdf FILE.txt`)"
        )
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInputError(f"{name}: binary file ({what}), not a text layer")


def _decode(data: bytes, name: str) -> tuple[str, str]:
    declared = next(((bom, codec) for bom, codec in _BOMS if data.startswith(bom)), None)
    if declared is not None:
        bom, codec = declared
        text = _decode_declared(data, codec, name, skip=len(bom))
    elif b"\x00" in data:
        codec = _utf16_by_nul_pattern(data)
        text = None if codec is None else _try_decode(data, codec)
        if codec is None or text is None or not _reads_as_text(text):
            raise BinaryInputError(f"{name}: binary file (it holds NUL bytes), not a text layer")
    else:
        _refuse_controls(len(data) - len(data.translate(None, _CONTROL_BYTES)), len(data), name)
        return _decode_ascii_compatible(data, name)
    # Wide codecs spread control bytes among NULs, so these are counted on the text.
    _refuse_controls(len(_BINARY_CONTROL_CHARS.findall(text)), len(text), name)
    return text, codec


def _refuse_controls(controls: int, total: int, name: str) -> None:
    if controls >= MIN_CONTROL_COUNT and controls > MAX_CONTROL_SHARE * total:
        raise BinaryInputError(f"{name}: binary file ({controls} control characters), not a text layer")


def _decode_declared(data: bytes, codec: str, name: str, *, skip: int) -> str:
    """Decode bytes whose encoding their byte-order mark declares; a bad byte is an error, not a guess."""
    try:
        return data[skip:].decode(codec)
    except UnicodeDecodeError as err:
        raise UndecodableInputError(
            f"{name}: looks like {codec.upper()} but byte {skip + err.start} is not valid {codec.upper()}; "
            "re-save the file as UTF-8"
        ) from None


def _utf16_by_nul_pattern(data: bytes) -> str | None:
    sample = data[: UTF16_SAMPLE_BYTES & ~1]
    nul_even, nul_odd = sample[0::2].count(0), sample[1::2].count(0)
    units = max(len(sample) // 2, 1)
    for nuls, other, codec in ((nul_odd, nul_even, "utf-16-le"), (nul_even, nul_odd, "utf-16-be")):
        if nuls >= UTF16_NUL_PARITY_SHARE * (nuls + other) and nuls >= UTF16_MIN_NUL_PER_UNIT * units:
            return codec
    return None


def _reads_as_text(text: str) -> bool:
    return len(_UNUSUAL_FOR_TEXT.findall(text)) <= UTF16_MAX_UNUSUAL_SHARE * len(text)


def _decode_ascii_compatible(data: bytes, name: str) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    gb = _try_decode(data, "gb18030")
    big5 = _try_decode(data, _BIG5_CODEC)
    if gb is not None and big5 is not None:
        if _common_share(big5, "big5", 0xA4, 0xC6) >= _common_share(gb, "gb2312", 0xB0, 0xD7) + BIG5_MARGIN:
            return big5, "big5"
        return gb, "gb18030"
    if gb is not None:
        return gb, "gb18030"
    if big5 is not None:
        return big5, "big5"
    return _fallback(data, name)


def _try_decode(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _common_share(text: str, codec: str, lead_lo: int, lead_hi: int) -> float:
    """Share of visible characters that are ASCII, CJK punctuation or a level-1 (common) character.

    Level 1 of GB2312 (lead bytes B0-D7) and of Big5 (A4-C6) hold the ~3,800 / ~5,400 characters
    that make up almost all running text, so the right reading scores near 1 and the wrong one
    lands on rare characters, kana and private-use symbols.
    """
    common = visible = 0
    for ch in text:
        if ch.isspace():
            continue
        visible += 1
        cp = ord(ch)
        if cp < 0x80 or 0x2000 <= cp <= 0x206F or 0x3000 <= cp <= 0x303F or 0xFF00 <= cp <= 0xFFEF:
            common += 1
            continue
        encoded = ch.encode(codec, errors="ignore")
        if len(encoded) == 2 and lead_lo <= encoded[0] <= lead_hi:
            common += 1
    return common / max(visible, 1)


def _fallback(data: bytes, name: str) -> tuple[str, str]:
    bad_utf8 = data.decode("utf-8", errors="replace").count("\ufffd")
    bad_gb = data.decode("gb18030", errors="replace").count("\ufffd")
    bad, codec = min((bad_utf8, "UTF-8"), (bad_gb, "GB18030"))
    if bad <= DAMAGED_SHARE * len(data):
        first = _first_bad_byte(data, codec.lower())
        raise UndecodableInputError(
            f"{name}: damaged {codec} text ({bad} bad byte sequence(s), the first at byte offset {first}); "
            "the file may be truncated or mix encodings"
        )
    from charset_normalizer import from_bytes  # imported here: only odd files get this far

    best = from_bytes(data).best()
    if best is None or best.chaos > MAX_FALLBACK_CHAOS:
        raise UndecodableInputError(
            f"{name}: cannot tell the encoding (not UTF-8, UTF-16, GB18030 or Big5); re-save the file as UTF-8"
        )
    return str(best), best.encoding


def _first_bad_byte(data: bytes, codec: str) -> int:
    try:
        data.decode(codec)
    except UnicodeDecodeError as err:
        return err.start
    return -1
