"""Folding and tokens: one token per Chinese character, a break token at punctuation."""

from __future__ import annotations

from banmian.archive.textindex import BREAK, fold, highlight, index_text


def test_fold_is_nfkc_lower_case_and_simplified() -> None:
    assert fold("ＣＯＶＩＤ－１９ 河長開會") == "covid-19 河长开会"


def test_every_cjk_character_is_a_token_and_latin_runs_are_one() -> None:
    assert index_text("河长制2020年") == f"河 长 制 2020 年 {BREAK}"


def test_punctuation_and_parts_are_breaks() -> None:
    assert index_text("杂物、河岸", "新段") == f"杂 物 {BREAK} 河 岸 {BREAK} 新 段 {BREAK}"


def test_highlight_marks_hits_in_the_original_characters() -> None:
    segments = highlight("會議強調……河長要履職，河長制。", ["河长"])
    assert [s.text for s in segments if s.hit] == ["河長", "河長"]
    assert "".join(s.text for s in segments) == "會議強調……河長要履職，河長制。"


def test_highlight_windows_a_long_text_around_the_first_hit() -> None:
    text = "前" * 200 + "柴伟" + "后" * 200
    segments = highlight(text, ["柴伟"], width=40)
    assert segments[0].text == "…" and segments[-1].text == "…"
    assert [s.text for s in segments if s.hit] == ["柴伟"]
    assert sum(len(s.text) for s in segments[1:-1]) == 40


def test_highlight_without_a_hit_shows_the_start() -> None:
    assert highlight("没有命中的文字", ["柴伟"])[0].text.startswith("没有")
