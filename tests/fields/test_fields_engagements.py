"""Titles that report an official's engagement (fields.engagements)."""

from __future__ import annotations

from banmian.fields.engagements import MEETING_REPORT, names_an_engagement


def test_a_name_and_an_engagement_or_a_meeting_between_two_parties_is_a_reports_title() -> None:
    assert names_an_engagement("林晓会见作家代表")
    assert names_an_engagement("何春生调研青石镇茶园")
    assert names_an_engagement("县图书馆馆长会见作家代表")
    assert names_an_engagement("林晓同青石镇茶农代表会谈")
    # No name before the verb: a section's matter.
    assert not names_an_engagement("馆里主持作家讲座")


def test_a_sentences_occasion_names_no_engagement() -> None:
    """「林晓在会见……时」 and a line whose next line finishes the occasion (「……会见作家代表」/「时
    表示，……」) open a sentence, not a report's title."""
    assert not names_an_engagement("林晓在会见作家代表")
    assert not names_an_engagement("林晓会见作家代表", "时表示，图书馆将……")
    assert not names_an_engagement("图书馆在会见作家代表")
    assert MEETING_REPORT.match("在会见作家代表时") is None and MEETING_REPORT.match("会见作家代表时") is None


def test_a_sentences_account_and_words_that_tong_opens_are_no_engagement() -> None:
    # 了 after the verb: a sentence telling what was done, no title's wording.
    assert not names_an_engagement("林晓会见了作家代表")
    assert not names_an_engagement("县图书馆馆长会见了作家代表")
    # 同 after a name opens other words than a meeting's: 同志, 同步.
    assert not names_an_engagement("林晓同志退休后回到青石镇")
    assert not names_an_engagement("青石镇同步推进茶园改造")
