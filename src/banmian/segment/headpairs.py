"""Two headline units of one stack: a kicker over its title, one title wrapped over two lines, or a
title over a plain subtitle (副题 without a dash).

``segment.stacks`` divides a headline run into stacks, and ``segment.kickers`` asks this module how
two units of one stack divide into its fields. The cues that tell the readings apart are decided here, from what the
text layer shows (line widths relative to each other, punctuation, wording); their weights are
learned and shipped in ``stack_model.json``, read by ``segment.pairweights`` (``python -m
banmian.eval.train_stacks`` refits them).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from banmian.fields.wordbreak import last_word, tagged_words
from banmian.segment.linefeatures import KICKER_DASH
from banmian.segment.pairweights import PairWeights, Reading, likeliest, pair_weights

if TYPE_CHECKING:
    from banmian.segment.headunits import Unit

#: A kicker often ends with the verb that introduces the title's words (县长在河道巡查时强调).
KICKER_ENDING = re.compile(r"(强调|指出|表示|要求|提出|寄语|部署|批示|讲话|指示|时说|发现|看到)$")
#: A kicker may end with a dash that leads into the title below it (……成就展——), or with a colon
#: that gives the speaker of the title's words (「县气象台首席预报员：」); a title breaks after its own
#: colon far more rarely (titles holding a colon are 3% of the corpus's, kickers ending in one 1%
#: of its articles, and a title's break rarely falls right at its colon).
KICKER_LEADS = (KICKER_DASH, "：")

# Two headline units left apart by ``units_of`` and set one above the other in one stack are read
# three ways: a kicker over its title, one title wrapped over two lines, or a title over a plain
# subtitle (副题 without a dash). Each cue below that holds adds its weight, in log-odds, to one
# reading against kicker + title. Which cue holds is decided here; the weights are learned: a
# multinomial logistic fit on the two-unit groups this module meets on the generator's training
# pages, shipped in ``stack_model.json`` beside this module and refitted with ``python -m
# banmian.eval.train_stacks`` (same pages, same weights). Only cues that hold of newspaper headlines
# generally are used.
#: Widths of the second line's widest line over the first's. A wrapped title's second line is no
#: wider than its first, which filled the measure: above this ratio it is no wrap, rather a
#: subtitle, which is set smaller and so holds more characters.
WIDER_SECOND_RATIO = 1.2
#: Lines of about equal width (ratio within these bounds) are the halves of one title.
BALANCED_RATIO = (0.8, 1.05)
#: A second line under this share of the first: a long kicker (smaller type) over a short title
#: (short wrapped tails were joined by ``units_of`` already).
TAIL_RATIO = 0.5
#: A second line at TAIL_RATIO to this share of the first, likewise.
SHORTER_SECOND_RATIO = 0.8
#: A comma or enumeration mark in the first unit: kickers are clauses; a title rarely holds a
#: comma before its break, nor one over its subtitle. In the second unit: a title's own clause or
#: a subtitle's, not a wrap.
CLAUSE_MARKS = frozenset("，、；,;")
#: A line of this many characters or more (CJK) is small type, a kicker or subtitle: display type
#: holds fewer characters a line.
LONG_LINE_CHARS = 18
#: A second line of this many characters or fewer is a wrapped tail.
SHORT_TAIL_CHARS = 3
#: Figures belong to subtitles, which give the details.
FIGURES = re.compile(r"[0-9０-９一二三四五六七八九十百千万亿]")
#: A first unit that opens a quotation or bracket and does not close it breaks inside the title
#: (「全县开展“清洁」/「家园”行动」): no kicker ends inside a quotation.
OPENERS = "“‘（《(「"
CLOSERS = "”’）》)」"
#: A second unit ending with a bracketed column tag (「（经济聚焦）」) is a title line: the tag goes
#: with the main title, not the subtitle.
TAG_ENDINGS = ("）", ")")
#: A unit of several lines whose last line is under this share of its widest is finished: a
#: headline set over lines fills each of them but the last, so a short line ends the element and
#: the unit after it is another one (a kicker over its title), not the rest of a wrapped title.
FINISHED_SHORT_SHARE = 0.6
#: A unit that ends on a word needing what follows (a preposition, a conjunction, 的) is cut inside
#: its phrase: 「……关于」/「……的」 end no kicker or title of their own. 并 and 或 were added after
#: 「……会见考察团并」/「出席两县协作会」 was read as two titles: none of the corpus's 6,327 kicker,
#: title and subtitle lines ends on either.
OPEN_ENDINGS = frozenset("的在和与及并或对为将把从向被让给同跟以于之、")
#: A unit that opens with a word leaning on what precedes it (的, 了, 之, 等) goes on a phrase.
LEANING_STARTS = frozenset("的了之等")
#: A unit that ends on a figure or its decimal point breaks a number: 「营收22.」/「1万亿元」.
FIGURE_ENDING = re.compile(r"[0-9０-９.．]$")
#: A unit that opens with the circumstance of the news — a preposition (就……, 经……, 随着……) or a
#: short name followed by 在 (「林晓在……」) — leads into the title below it: a kicker.
CIRCUMSTANCE_OPENING = re.compile(r"(?:就|经|据|随着|围绕|为了|面对|针对)|[\u4e00-\u9fff]{2,4}在")
#: A title announcing an event ends on its verb (「……论坛在青岗举行」), and the plain line under it
#: is its subtitle, giving the detail; a kicker sets the scene for its title and rarely ends so.
EVENT_VERBS = ("举行", "开幕", "召开", "举办", "启动", "发布", "闭幕", "成立")
EVENT_ENDING = re.compile(f"(?:{'|'.join(EVENT_VERBS)})$")
#: A unit of at most this many characters of Chinese (a column tag left out) ending on the verb of
#: an event (EVENT_VERBS and BARE_EVENT_VERBS: 「论坛举行」, 「在京开幕」, 「文化节落幕」) names no news of its
#: own: it is the tail of a title wrapped over two lines, never a title under a kicker. None of the
#: corpus's 2,109 titles is so short and ends so; of the two-unit groups the engine met on the pdfium
#: and pdftotext pages of seeds 1000, 1001, 1003, 1005 and the evaluation set whose second unit is
#: such a tail, the truth reads all 45 as one wrapped title, and the pair weights read 7 of them as a
#: kicker over its title. Pdfium title accuracy: evaluation set +0.0011, seed 1005 +0.0005, seeds
#: 1001, 1003 and 1013 unchanged.
BARE_EVENT_MAX_CHARS = 6
BARE_EVENT_VERBS = ("落幕", "揭幕", "揭晓", "开通", "通车", "竣工", "开工")
#: Log-odds of a wrap at the break before such a tail, where a stack of three units or more is
#: divided break by break (segment.kickers): above any the learned weights gave a group of the
#: training and development pages (8.1 at most).
BARE_TAIL_WRAP_ODDS = 20.0
BARE_EVENT_ENDING = re.compile(f"(?:{'|'.join((*EVENT_VERBS, *BARE_EVENT_VERBS))})$")
#: A subtitle tells who took part in the event of its title (「林晓出席并致辞」).
PART_TAKEN = re.compile(r"出席|致辞|宣读|主持|会见|讲话|致信|贺信|批示|参加|看望|考察")
#: A colon inside the first unit, not at its end, sets a title's subject before its words
#: (「林晓：扎根山村」/「守望初心（人物）」): the unit is the first half of that title. A kicker may end
#: on a colon (KICKER_LEADS) but rarely holds one inside (none among the training pages' kickers).
COLONS = "：:"
#: A first unit whose widest line is at least this share of the full body line of its column
#: (``LineInfo.column_width``, em) is set in kicker type: a title is set well above body size, so
#: its line holds fewer characters than a body line of one column, and over several columns the
#: title grows with the span while a kicker stays near body size. Read right by the refitted
#: weights, of the training pages' pairs (seeds 1000 and 1001): 0.855 at 1.0; 0.848, 0.853,
#: 0.849, 0.853 at 0.6, 0.7, 0.8, 0.9; 0.852 at 1.1, 1.2 and 1.4.
COLUMN_SHARE = 1.0
#: Two units of as many characters, this many or more each, are the parallel halves of one title
#: (「擦亮临江名片」/「建好青石新村」), counted as characters, not widths, and without a column tag
#: closing the second (「……（乡村振兴）」): a title of two phrases is mostly set as two lines of equal
#: length, and a kicker or subtitle seldom matches its title's. Of the corpus's titles of two
#: phrases (split at their space), 221 of 329 have halves of equal length; of its kickers, 26 of
#: 582 hold as many characters as their title; of its plain subtitles, 10 of 159 (so the cue is
#: silent on a subtitle). Labelled pairs read right by the refitted weights: training pages (seeds
#: 1000 and 1001) 0.855 without the cue, 0.862 with it; held-out pages (seed 1002) 0.850, 0.866
#: (0.862 counting from 4 characters). On the evaluation set, pdfium title accuracy 0.840 -> 0.845
#: and kicker F1 0.812 -> 0.825 with the refit.
EVEN_HALF_CHARS = 3
#: A bracketed column tag at the end of a unit (「（乡村振兴）」), left out of its characters.
CLOSING_TAG = re.compile(r"[（(][^（()）]*[）)]$")
#: A title over its subtitle often ends on the verb of its news (「……提质改造全面完工」), the
#: subtitle giving the detail; a kicker more often sets the scene and leaves the verb to its title.
#: Of the corpus's titles over a plain subtitle, 53 of 159 (0.33) end on a verb of this many
#: characters (jieba's part-of-speech tag ``v``, a column tag left out); of its kickers, 100 of 582
#: (0.17); of its titles under a kicker, 86 of 582 (0.15). A verb of one character ends too many
#: phrases cut in the middle (「……向」) to tell. Labelled pairs read right with even_halves already
#: in: training pages 0.862 -> 0.864, held-out 0.866 -> 0.870; on the evaluation set pdfium kicker F1
#: 0.825 -> 0.830, and on the held-out set pdfium subtitle F1 0.851 -> 0.857.
VERB_ENDING_CHARS = 2
#: jieba's part-of-speech tag of a verb.
VERB_TAG = "v"
#: A title without a space between phrases, set over two lines, is broken at its middle character,
#: the odd one on the first line: its first line holds at most this many characters more than its
#: second, and never fewer. Of the seed-1001 development pages' pdfium text, 339 of 363 such titles
#: break so, against 38 of 314 kickers over a title of one line each (a kicker's length owes
#: nothing to its title's); titles broken at their space break anywhere.
HALVED_MAX_EXTRA = 1
#: A one-line first unit that is a whole clause — it opens on a name (jieba's tag of a place,
#: organisation, person, abbreviation or proper noun) and holds a verb of two characters after it
#: (「临江县开展文明村镇评选」) — over a one-line unit with a verb of its own and no figures is two
#: clauses: a kicker over its title more than one title wrapped. Not a learned cue (the shipped
#: weights stay, docs/models.md): it shifts a wrap's log-odds by TWO_CLAUSES_WRAP_ODDS where the
#: weights do not like a subtitle. Pdfium title accuracy at -0.5: evaluation set 0.9517 -> 0.9528,
#: seeds 1001 0.9310 -> 0.9321, 1003 0.9237 -> 0.9248, 1005 0.9135 -> 0.9145, 1013 0.9032 ->
#: 0.9043 (kicker F1 +0.0023 each); at -1.0 the evaluation set gains nothing and its pdftotext
#: title accuracy loses 0.0005 (a wrapped title may open on its subject and verb).
CLAUSE_SUBJECT_TAGS = frozenset({"ns", "nt", "nr", "nrfg", "j", "nz"})
CLAUSE_VERB_CHARS = 2
TWO_CLAUSES_WRAP_ODDS = -0.5
#: Two units holding this many characters of Chinese or more together (a column tag closing the
#: second left out, ``core_characters``) are long for one title: display type is for short
#: headlines, and a kicker over its title adds the kicker's length. Of the corpus's 2,109 titles,
#: 8.6 % hold 21 characters or more; of its 582 kickers with their titles, 80 %. Not a learned cue
#: (the shipped weights stay, as with TWO_CLAUSES_WRAP_ODDS): it shifts a wrap's log-odds by
#: LONG_JOINED_WRAP_ODDS. Of the labelled two-unit groups of the training seed 1000's pdfium pages,
#: the shift reads 7 more right and 3 fewer; at -1.0 13 more and 17 fewer.
LONG_JOINED_CHARS = 21
LONG_JOINED_WRAP_ODDS = -0.5


def pair_reading(first: Unit, second: Unit, weights: PairWeights | None = None) -> Reading:
    """The likeliest reading of two units in one stack, by the shipped weights unless others are
    given. A plain subtitle (副题 without a dash) is told from a kicker only by its shape: longer,
    with figures, under a title that is no clause."""
    return likeliest(*pair_scores(first, second, weights))


def pair_scores(first: Unit, second: Unit, weights: PairWeights | None = None) -> tuple[float, float]:
    """Log-odds of (wrapped title, title + subtitle) against kicker + title: the weights' score of
    ``pair_cues``, a wrap's shifted where the units are two clauses (``two_clauses``). The shift
    tells a wrap from a kicker only: where the weights like a title over its subtitle at all
    (log-odds above 0), it is left out, as a subtitle too is a clause of its own."""
    wrapped, subtitle = (weights or pair_weights()).scores(pair_cues(first, second))
    if subtitle <= 0 and two_clauses(first, second):
        wrapped += TWO_CLAUSES_WRAP_ODDS
    if core_characters(first) + core_characters(second) >= LONG_JOINED_CHARS:
        wrapped += LONG_JOINED_WRAP_ODDS
    return wrapped, subtitle


def two_clauses(first: Unit, second: Unit) -> bool:
    """Two one-line units, the first a whole clause with its subject and verb, the second holding
    a verb of its own and no figures (CLAUSE_SUBJECT_TAGS; figures are a subtitle's details, and a
    title over its subtitle is no kicker's pair)."""
    if len(first.lines) != 1 or len(second.lines) != 1 or FIGURES.search(second.text):
        return False
    top = tagged_words(CLOSING_TAG.sub("", first.text).replace(" ", ""))
    if not top or top[0][1] not in CLAUSE_SUBJECT_TAGS or not _holds_verb(top[1:]):
        return False
    return _holds_verb(tagged_words(CLOSING_TAG.sub("", second.text).replace(" ", "")))


def _holds_verb(words: tuple[tuple[str, str], ...]) -> bool:
    return any(tag == VERB_TAG and len(word) >= CLAUSE_VERB_CHARS for word, tag in words)


def bare_event_tail(unit: Unit) -> bool:
    """The unit is a bare event's verb phrase (BARE_EVENT_MAX_CHARS): a wrapped title's tail. Not a
    dashed subtitle (「——论坛举行」), which the dash sets apart."""
    text = CLOSING_TAG.sub("", unit.text).replace(" ", "")
    if text.startswith(KICKER_DASH[:1]):
        return False
    return core_characters(unit) <= BARE_EVENT_MAX_CHARS and BARE_EVENT_ENDING.search(text) is not None


def pair_cues(first: Unit, second: Unit) -> tuple[bool, ...]:
    """Which cue of ``pairweights.PAIR_CUES`` holds, in its order; widths and characters are those of each
    unit's widest line."""
    top = max(first.lines, key=lambda ln: ln.width)
    low = max(second.lines, key=lambda ln: ln.width)
    ratio = low.width / max(top.width, 0.5)
    opened = sum(first.text.count(c) for c in OPENERS) > sum(first.text.count(c) for c in CLOSERS)
    return (
        # A first unit ending in a verb of speech, a dash or a colon leads into its title.
        first.text.endswith(KICKER_LEADS) or bool(KICKER_ENDING.search(first.text)),
        # A second line of paired phrases under a plain one is the main title.
        low.phrases >= 2 and top.phrases < 2,
        # A phrased first line over a plain one is a title; the plain line after it, its subtitle.
        top.phrases >= 2 and low.phrases < 2,
        ratio > WIDER_SECOND_RATIO,
        BALANCED_RATIO[0] <= ratio <= BALANCED_RATIO[1],
        ratio < TAIL_RATIO,
        TAIL_RATIO <= ratio < SHORTER_SECOND_RATIO,
        bool(CLAUSE_MARKS & set(first.text)),
        bool(CLAUSE_MARKS & set(second.text)),
        top.cjk >= LONG_LINE_CHARS,
        low.cjk >= LONG_LINE_CHARS,
        low.cjk <= SHORT_TAIL_CHARS,
        bool(FIGURES.search(second.text)),
        opened,
        second.text.endswith(TAG_ENDINGS),
        len(first.lines) > 1 and first.lines[-1].width < FINISHED_SHORT_SHARE * top.width,
        first.text[-1:] in OPEN_ENDINGS,
        second.text[:1] in LEANING_STARTS,
        bool(FIGURE_ENDING.search(first.text)),
        bool(CIRCUMSTANCE_OPENING.match(first.text)),
        bool(EVENT_ENDING.search(first.text)),
        bool(PART_TAKEN.search(second.text)),
        any(c in first.text[:-1] for c in COLONS),
        # A title's second line holds no more characters than its first (``_most_characters``).
        _most_characters(second) > _most_characters(first),
        # A first line as wide as a body line of its column is in kicker type, not title type.
        top.width >= COLUMN_SHARE * top.column_width,
        # Halves of as many characters are one title's parallel phrases (``core_characters``).
        core_characters(first) == core_characters(second) >= EVEN_HALF_CHARS,
        # A first unit ending on the verb of its news is a title (``_ends_on_verb``).
        _ends_on_verb(first),
        # The break falls at the middle character of the two units' text (``_halved``).
        _halved(first, second),
    )


def _halved(first: Unit, second: Unit) -> bool:
    """The first unit holds as many characters as the second, or one more (spaces left out): the
    break of a title set over two lines at its middle, the odd character on the first line, as a
    compositor balances a title that has no space between phrases to break at (HALVED_MAX_EXTRA)."""
    extra = len(first.text.replace(" ", "")) - len(second.text.replace(" ", ""))
    return 0 <= extra <= HALVED_MAX_EXTRA


def _ends_on_verb(unit: Unit) -> bool:
    """Whether the unit's text, a column tag closing it left out, ends on a verb of
    VERB_ENDING_CHARS characters."""
    word = last_word(CLOSING_TAG.sub("", unit.text).replace(" ", ""))
    return word is not None and word[1] == VERB_TAG and len(word[0]) == VERB_ENDING_CHARS


def core_characters(unit: Unit) -> int:
    """CJK characters of the unit's text without a column tag closing it (CLOSING_TAG): its
    length as a reader counts it, whatever the width of its type, its digits or its spaces."""
    return sum(1 for c in CLOSING_TAG.sub("", unit.text) if "\u3400" <= c <= "\u9fff")


def _most_characters(unit: Unit) -> int:
    """Characters of the unit's fullest line, each counted as one whatever its width (spaces left
    out). A title set over two lines breaks where its first line is full, or at its middle with
    the odd character on the first line: its second line seldom holds more characters than the
    first (a break at a phrase space may leave it so). Widths would not tell it, as half-width
    digits and letters make a line of as many characters narrower (「全国开通5G」/「基站八万余个」).
    Of the training pages' pairs (seeds 1000 and 1001) whose second line holds more characters,
    483 are a kicker over its title, 108 a title over its subtitle and 159 a wrapped title."""
    return max(len(line.heading_text.replace(" ", "")) for line in unit.lines)
