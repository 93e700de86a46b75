"""Line roles by the hand-written rules alone (segment.roles, ``learned=False``)."""

from __future__ import annotations

from banmian.layout.lines import build_line_infos
from banmian.segment.roles import Role, assign_roles
from pagetext import body, wrap


def test_a_line_over_a_dateline_broken_before_its_date_ends_is_a_headline():
    """「本报临江 4 月 10」/「日电（记者 林晓）……」: the dateline's first line opens an article as a
    whole dateline does, so the plain line above it, as wide as the column, is a headline."""
    story = body("县图书馆近日开展读书月活动，吸引了不少市民参加，读书月将持续到月底。", column=11)
    opening = wrap("日电（记者 林晓）县第五届春季运动会今天在体育中心开幕，八百余名运动员参加比赛。", 11, indent=0)
    lines = build_line_infos([*story, "县第五届春季运动会开幕", "本报临江 4 月 10", *opening])
    roles = assign_roles(lines, learned=False)
    title = len(story)
    assert roles[title] is Role.HEADING
    assert all(role is Role.BODY for role in roles[:title])
    assert roles[title + 1] is not Role.HEADING

