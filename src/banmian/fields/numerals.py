"""Numbers written in Chinese or Arabic numerals, as page numbers, days and years print them.

Rules:

* Arabic digits, ASCII or full-width (``２`` is what a full-width font prints), read as usual.
* Chinese numerals with units: 十 (10), 百 (100), 千 (1000); a leading 十 means 一十 (十二 = 12),
  零/〇 inside a number is a placeholder (一百零五 = 105).
* Chinese numerals without units are read digit by digit, as years are written (二〇二〇 = 2020).
* 两 counts as 二 (两版, 两千). Surrounding whitespace is ignored; anything else makes the text
  not a number (``None``), so a caller can feed it a guess without checking first.
"""

from __future__ import annotations

_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
#: Full-width digits map one to one onto ASCII ones, so offsets stay valid after translation.
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def chinese_to_int(text: str) -> int | None:
    """The value of a numeral, or ``None`` when the text is not one number."""
    s = "".join(text.split()).translate(FULLWIDTH_DIGITS)
    if not s:
        return None
    if s.isascii() and s.isdigit():
        return int(s)
    if not any(ch in _UNITS for ch in s):
        # Positional: 二〇二〇, 五; every character must be a digit.
        value = 0
        for ch in s:
            d = _DIGITS.get(ch)
            if d is None:
                return None
            value = value * 10 + d
        return value
    total = 0
    digit: int | None = None
    last_unit = 10_000
    for ch in s:
        if ch in _DIGITS:
            d = _DIGITS[ch]
            if digit is not None and d != 0:
                return None  # two digits in a row inside a unit number: 二三十
            digit = d if d != 0 else None
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit >= last_unit:
                return None  # units must fall: 十百 is not a number
            total += (1 if digit is None else digit) * unit
            digit = None
            last_unit = unit
        else:
            return None
    if digit is not None:
        total += digit
    return total
