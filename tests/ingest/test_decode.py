"""Encoding detection, normalisation and the one-line refusals of the text path."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from banmian.errors import (
    BinaryInputError,
    EmptyInputError,
    InputError,
    UndecodableInputError,
    UnsupportedInputError,
)
from banmian.ingest.decode import decode_bytes, decode_text, normalise_text, split_lines
from banmian.ingest.text import read_text_source

# Invented texts: a simplified page fragment and a traditional one (as a Hong Kong or Taiwan
# paper prints it), each with ASCII digits, full-width punctuation and hard-wrapped lines.
SIMPLIFIED = (
    "本报讯（记者 陈小梅）春节前夕，县图书馆举办迎新春书法\n"
    "展，展出作品一百二十余幅，吸引了3000多名市民前来参观。\n"
    "\n"
    "“这些作品很有年味。”退休教师刘明说。\n"
)
TRADITIONAL = (
    "本報訊（記者 黃志強）颱風過後，鄉親們齊心協力清理街道，\n"
    "學校將於週一恢復上課，交通部門提醒駕駛人注意路況。\n"
    "\n"
    "「大家互相幫忙，很快就會恢復。」里長說。\n"
)


@pytest.mark.parametrize(
    ("codec", "prefix", "expected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("gb18030", b"", "gb18030"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
        ("utf-16-le", b"", "utf-16-le"),
        ("utf-16-be", b"", "utf-16-be"),
        ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_simplified_text_in_each_encoding(codec: str, prefix: bytes, expected: str) -> None:
    decoded = decode_bytes(prefix + SIMPLIFIED.encode(codec))
    assert decoded.text == SIMPLIFIED
    assert decoded.encoding == expected


@pytest.mark.parametrize("codec", ["utf-8", "gb18030", "big5", "utf-16-le"])
def test_traditional_characters_are_kept_as_printed(codec: str) -> None:
    decoded = decode_bytes(TRADITIONAL.encode(codec))
    assert decoded.text == TRADITIONAL
    assert "颱風" in decoded.text and "台风" not in decoded.text


def test_big5_is_read_as_big5_although_it_also_decodes_as_gb18030() -> None:
    data = TRADITIONAL.encode("big5")
    data.decode("gb18030")  # the ambiguity the detector has to settle
    assert decode_bytes(data).encoding == "big5"


def test_gb_text_stays_gb18030() -> None:
    assert decode_bytes(SIMPLIFIED.encode("gb18030")).encoding == "gb18030"


def test_text_without_chinese_decodes() -> None:
    assert decode_bytes(b"Page 3\nNo Chinese here.\n").text == "Page 3\nNo Chinese here.\n"


def test_newlines_are_normalised_and_line_numbers_kept() -> None:
    text, _ = normalise_text("第一行\r\n第二行\r第三行\u2028第四行\u2029第五行\n\n第七行")
    lines = split_lines(text)
    assert lines == ("第一行", "第二行", "第三行", "第四行", "第五行", "", "第七行")


def test_a_final_newline_does_not_add_a_line() -> None:
    assert split_lines("甲\n乙\n") == ("甲", "乙")
    assert split_lines("甲\n乙\n\n") == ("甲", "乙", "")


def test_control_characters_are_dropped_but_tabs_and_page_breaks_kept() -> None:
    decoded = decode_bytes("标题\x07\t正文\x1b一段\f\n第二行\x7f\x0b\n".encode())
    assert decoded.text == "标题\t正文一段\f\n第二行\n"
    assert decoded.controls_removed == 4


def test_zero_width_characters_are_dropped_and_other_spaces_read_as_spaces() -> None:
    """Text copied from web pages and some PDFs: a zero-width space after a full stop hid the
    sentence's end from the rules; banner phrases set apart by no-break spaces read as one line.
    The ideographic space of a paragraph's indent stays."""
    decoded = decode_text("\ufeff标题\u200b\n\u3000\u3000正文。\u200b\n春耕\u00a0备耕\u2002下田\u2060\n")
    assert decoded.text == "标题\n\u3000\u3000正文。\n春耕 备耕 下田\n"
    assert decoded.controls_removed == 4  # the byte-order mark, two zero-width spaces, a word joiner


def test_str_input_gets_the_same_normalisation() -> None:
    assert decode_text("甲\r\n乙\x00丙").text == "甲\n乙丙"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\u3000\u3000\n".encode()])
def test_empty_and_whitespace_only_input(data: bytes) -> None:
    with pytest.raises(EmptyInputError, match=r"^page\.txt: "):
        decode_bytes(data, name="page.txt")


def test_pdf_is_refused_with_advice() -> None:
    with pytest.raises(UnsupportedInputError, match="PDF reading is not available yet.*pdftotext"):
        decode_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", name="page.pdf")


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "ZIP"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(24), "ELF"),
        (bytes(range(256)) * 8, "NUL"),
        ("正文".encode() + bytes(range(1, 9)) * 4, "control"),
    ],
)
def test_binary_input_is_refused(data: bytes, what: str) -> None:
    with pytest.raises(BinaryInputError, match=what) as info:
        decode_bytes(data, name="x.bin")
    assert str(info.value).startswith("x.bin: binary file")


def test_damaged_text_names_the_first_bad_byte() -> None:
    head, tail = SIMPLIFIED[:20].encode("gb18030"), SIMPLIFIED[20:].encode("gb18030")
    with pytest.raises(UndecodableInputError, match=rf"byte offset {len(head)}\b"):
        decode_bytes(head + b"\xff" + tail, name="bad.txt")


def test_wrong_byte_order_mark_is_undecodable() -> None:
    with pytest.raises(UndecodableInputError, match="UTF-16"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00", name="odd.txt")


def test_every_message_is_one_line() -> None:
    for data in (
        b"",
        b"%PDF-1.4",
        b"\x89PNG\r\n\x1a\n",
        b"\xff\xfe\x00",
        "坏".encode("gb18030") * 50 + b"\xff",
    ):
        with pytest.raises(InputError) as info:
            decode_bytes(data, name="f.txt")
        assert "\n" not in str(info.value)


def test_read_text_source_from_path(tmp_path: Path) -> None:
    path = tmp_path / "版面.txt"
    path.write_bytes(SIMPLIFIED.replace("\n", "\r\n").encode("gb18030"))
    source = read_text_source(path)
    assert source.path == str(path)
    assert source.encoding == "gb18030"
    assert source.lines == tuple(SIMPLIFIED.split("\n")[:-1])
    assert source.lines[1].startswith("展，")  # line 2 of the file


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text_source(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_text_source(tmp_path)
