"""Notice titles (fields.notice)."""

from __future__ import annotations

from banmian.fields.notice import NOTICE_TITLE, is_formal_notice_title, is_notice_title


def test_formal_notice_titles_are_told_from_text():
    assert is_formal_notice_title("关于城东路实施临时交通管制的通告")
    assert is_formal_notice_title("关于 城区部分区域临时停水的公告")
    assert not is_formal_notice_title("关于城东路实施临时交通管制，请市民注意的通告")
    assert not is_formal_notice_title("县里发布关于城东路交通管制的通告")


def test_a_title_ending_with_a_notice_word_makes_a_notice():
    assert NOTICE_TITLE.search("停水公告") and NOTICE_TITLE.search("表彰决定")
    assert not NOTICE_TITLE.search("公告栏前人头攒动")


def test_a_short_line_ending_with_a_notice_word_is_a_notice_title():
    assert is_notice_title("江北县空气质量情况通报")
    assert is_notice_title("关于城东路实施临时交通管制的通告")
    assert not is_notice_title("会上，县委对相关单位进行了通报")
    assert not is_notice_title("通报")


def test_a_notice_word_used_as_a_verb_ends_no_title():
    """「……进行了通报」 over 「表扬。……」: a paragraph's first lines, wrapped inside 通报表扬."""
    assert not is_notice_title("县里对12名优秀茶农和3家合作社进行了通报")
    assert not is_notice_title("县里对青石镇的做法予以通报")
    assert not is_notice_title("县政府已对此进行通报")
    assert is_notice_title("临江县第三季度安全生产情况通报")
