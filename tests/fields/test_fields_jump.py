import pytest

from banmian.fields.jump import find_jump, is_jump_line


@pytest.mark.parametrize(
    ("text", "direction", "page", "label"),
    [
        ("（下转第二版）", "to", 2, "二"),
        ("(下转第2版)", "to", 2, "2"),
        ("（转A3版）", "to", 3, "A3"),
        ("（下转2版）", "to", 2, "2"),
        ("（下接第二版）", "to", 2, "二"),  # 下接: the text goes on below, on that page
        ("（上接第一版）", "from", 1, "一"),
        ("（接第1版）", "from", 1, "1"),
        ("（紧接第一版）", "from", 1, "一"),
        ("上接1版", "from", 1, "1"),
        ("下转第十二版", "to", 12, "十二"),
        ("转第4版", "to", 4, "4"),
        ("（下 转 第 二 版）", "to", 2, "二"),
        ("（下转第Ｂ１２版）", "to", 12, "B12"),
        ("（续一版）", "from", 1, "一"),
        ("〔下转第二版〕", "to", 2, "二"),
        ("（下转第二版·右下）", "to", 2, "二"),
        ("（下转第3版中）", "to", 3, "3"),
        ("（下转第3版中间）", "to", 3, "3"),
        ("（下转第四版左下角）", "to", 4, "四"),
        # An arrow beside the note, inside its brackets.
        ("（下转第二版▶）", "to", 2, "二"),
        ("（◀上接第1版）", "from", 1, "1"),
    ],
)
def test_jump_forms(text: str, direction: str, page: int, label: str) -> None:
    j = find_jump(text)
    assert j is not None
    assert (j.direction, j.page_number, j.page_label) == (direction, page, label)
    assert (j.start, j.end) == (0, len(text))
    assert is_jump_line(text)


def test_jump_at_paragraph_end_has_offsets() -> None:
    text = "全县上下要进一步压实责任。（下转第三版）"
    j = find_jump(text)
    assert j is not None and j.text == "（下转第三版）"
    assert text[: j.start] == "全县上下要进一步压实责任。"
    assert j.end == len(text)
    assert not is_jump_line(text)


def test_an_arrow_beside_a_bare_note_is_part_of_its_line_not_of_the_note() -> None:
    """「◀上接第1版」 and 「下转第2版▶」 are lines holding a jump note and nothing else; the note's text
    leaves the arrow out. An arrow after a mere mention of a page makes no note of it."""
    back = find_jump("◀上接第1版")
    assert back is not None and (back.text, back.direction, back.start) == ("上接第1版", "from", 1)
    assert is_jump_line("◀上接第1版") and is_jump_line("下转第2版▶")
    on = find_jump("下转第2版▶")
    assert on is not None and (on.text, on.page_number, on.end) == ("下转第2版", 2, 5)
    assert find_jump("详见第3版▶") is None


def test_bare_note_at_start() -> None:
    text = "上接第1版 会议指出，要抓好落实。"
    j = find_jump(text)
    assert j is not None and j.direction == "from" and j.start == 0 and text[j.end :].startswith(" 会议")


@pytest.mark.parametrize(
    "text",
    ["该稿件转第4版刊发后引起关注", "（完）", "（2021年）", "接待群众来访", "他转身离开了", "下转的通知已经收到"],
)
def test_not_jumps(text: str) -> None:
    assert find_jump(text) is None
    assert not is_jump_line(text)
