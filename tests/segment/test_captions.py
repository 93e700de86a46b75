"""Whole photo captions on the text path: a caption is a short paragraph, from a paragraph start
through the 图为 cue to its credit. Invented texts, wrapped the way pdfium prints a column."""

from __future__ import annotations

import banmian
from banmian.fields.caption import without_credit
from banmian.layout.lines import build_line_infos
from banmian.segment.affinity import affinity, bigrams
from banmian.segment.captions import mark_captions
from banmian.segment.learnedroles import combine_learned
from banmian.segment.lineclass import LineProbs
from banmian.segment.phototitles import CAPTION_MIN_AFFINITY
from banmian.segment.roles import Role, _intrinsic_role
from pagetext import body, page

C, B = Role.CAPTION, Role.BODY
#: Body text above the captions: its last line is short (the paragraph visibly ends).
MEETING = body(
    "本报讯（记者 江小舟）县林业局日前召开春季植树造林工作推进会，安排部署全年国土绿化任务。"
    "会议要求各乡镇抓住植树的最佳时机，落实地块和苗木。",
    column=12,
)


def caption_roles(rows: list[str]) -> list[Role]:
    """Roles after the caption rule, on MEETING followed by ``rows``; only ``rows``' are returned."""
    lines = build_line_infos([*MEETING, *rows])
    roles = [_intrinsic_role(line) for line in lines]
    mark_captions(lines, roles)
    return roles[len(MEETING) :]


def test_the_lead_sentence_before_the_cue_belongs_to_the_caption() -> None:
    # The lead sentence ends at a line's end; 图为 opens the next line.
    rows = [
        "东山村千亩油菜花日前竞相",
        "开放，吸引众多市民观赏。",
        "图为游客在花海中拍照留念。",
        "宋云帆 摄",
    ]
    assert caption_roles(rows) == [C, C, C, C]


def test_a_cue_cut_by_the_line_break() -> None:
    # 「……。图」/「为……」: the credit alone on the last line holds the only whole cue.
    rows = [
        "东山村千亩油菜花日前竞相",
        "开放，吸引众多市民观赏。图",
        "为游客在花海中拍照留念。",
        "宋云帆/摄",
    ]
    assert caption_roles(rows) == [C, C, C, C]


def test_a_long_caption_in_a_narrow_column_stays_whole() -> None:
    # Ten lines of a ten-em column: longer than the eight lines a caption was once allowed.
    rows = [
        "城郊千亩油菜花日前竞相",
        "开放，金黄的花海连绵起",
        "伏，与远处的青山和白墙",
        "黛瓦的民居相映成趣，吸",
        "引了众多市民和外地游客",
        "前来观赏，周边农家乐的",
        "生意也随之红火起来。图",
        "为游客在花海中拍照留念",
        "。本报记者 宋云帆",
        "摄",
    ]
    assert caption_roles(rows) == [C] * 10


def test_body_text_above_a_caption_whose_last_line_is_full_stays_body() -> None:
    # The text above ends a sentence at a full line; the caption's first line is short of the
    # measure (half-width digits): the paragraph above ended there.
    rows = [
        "此外，会议还对森林防火工作",
        "作了具体部署和认真安排。",
        "5月10日，东山村油菜花节",
        "开幕，游人如织，热闹非凡。图",
        "为游客在花海中拍照留念。",
        "宋云帆 摄",
    ]
    assert caption_roles(rows) == [B, B, C, C, C, C]


def test_a_paragraph_opening_with_a_dateline_is_no_caption() -> None:
    rows = [
        "本报讯（通讯员 林晓）县城",
        "关镇的书画展日前开幕，展",
        "出作品一百二十余幅（见图，",
        "县文化馆供图）。",
    ]
    assert caption_roles(rows) == [B, B, B, B]


def test_a_credit_joined_to_the_next_articles_dateline_ends_the_caption() -> None:
    rows = [
        "城郊千亩油菜花日前竞相开",
        "放。图为游客在花海中拍照",
        "留念。宋云帆摄本报讯（记者 林晓）",
        "县城关镇的书画展日前开幕，",
        "展出作品一百二十余幅。",
    ]
    assert caption_roles(rows) == [C, C, C, B, B]


def test_the_classifier_keeps_or_drops_a_caption_whole() -> None:
    rows = [
        "东山村千亩油菜花日前竞相",
        "开放，吸引众多市民观赏。",
        "图为游客在花海中拍照留念。",
        "宋云帆 摄",
    ]
    lines = build_line_infos([*MEETING, *rows])
    n = len(MEETING)
    roles = [B] * n + [C] * len(rows)  # as the caption rule leaves them
    # The classifier doubts the caption's first lines (read alone, they are any paragraph's).
    doubted = [LineProbs(0.0, 0.0, 0.0, 1.0)] * (n + 2) + [LineProbs(0.0, 0.0, 1.0, 0.0)] * 2
    kept = list(roles)
    combine_learned(lines, kept, False, doubted)
    assert kept[n:] == [C, C, C, C]
    # A caption it rules out in every line goes whole.
    ruled_out = [LineProbs(0.0, 0.0, 0.0, 1.0)] * len(lines)
    dropped = list(roles)
    combine_learned(lines, dropped, False, ruled_out)
    assert dropped[n : n + 3] == [B, B, B]


def test_a_caption_credited_in_brackets_is_a_caption_not_a_brief():
    """「……图为……。（林晓）」: with 图为 in the paragraph, the bracketed name after the last sentence
    is the photographer's credit, not a brief's authors; the article after it keeps its text."""
    caption = body("日前，县农业农村局在城关镇举行农技服务活动，共发放技术资料三千多份。图为农技员向村民讲解。（林晓）")
    story = ["县图书馆延长开放时间", *body("本报讯（记者 何春生）县图书馆自本月起每晚开放到九点，方便市民下班后借阅。")]
    page = banmian.parse("\n".join([*caption, *story]))
    assert not any(a.kind == "brief" for a in page.articles)
    captions = [c.text for a in page.articles for c in a.captions]
    assert captions == ["日前，县农业农村局在城关镇举行农技服务活动，共发放技术资料三千多份。图为农技员向村民讲解。（林晓）"]
    (story_article,) = [a for a in page.articles if a.title is not None]
    assert story_article.title.text == "县图书馆延长开放时间" and story_article.authors == ("何春生",)


def test_a_caption_whose_cue_a_line_break_cuts_keeps_its_bracketed_credit():
    """「……。图」/「为……。（林晓）」: no line holds 图为 for the classifier to see; the caption is
    kept whole by the rules, not read as a brief closed by its authors."""
    caption = body("近日，县农业农村局在城关镇举行农技服务活动，共发放各类技术资料三千多份。图为农技员向村民讲解。（林晓）")
    assert any(line.endswith("图") for line in caption)  # the fixture's cue is cut by the wrap
    story = ["县图书馆延长开放时间", *body("本报讯（记者 何春生）县图书馆自本月起每晚开放到九点，方便市民下班后借阅。")]
    page = banmian.parse("\n".join([*caption, *story]))
    assert not any(a.kind == "brief" for a in page.articles)
    assert [c.text for a in page.articles for c in a.captions] == ["".join(caption)]


def test_a_caption_sharing_only_a_few_words_with_the_story_beside_it_is_a_photo_of_its_own():
    """An official's visit elsewhere (「县委……到青石镇调研春茶生产」) beside a story of the same
    official's visit to a care centre shares some pairs (县委, 昨天, 调研), not enough to be that
    story's photo (segment.phototitles.CAPTION_MIN_AFFINITY)."""
    story = body(
        "本报讯（记者 林晓）县委书记何春生昨天到城东街道调研社区养老服务工作，察看了日间照料中心和老年食堂。",
        "何春生要求，要把养老服务做到群众家门口。",
        column=13,
    )
    caption = "县委昨天到青石镇调研春茶生产，要求做好茶叶销售。图为茶农在采摘春茶。林晓 摄"
    assert 0.15 <= affinity(bigrams(without_credit(caption)), "".join(story)) < CAPTION_MIN_AFFINITY
    articles = banmian.parse(page(["县委书记调研社区养老服务"], story, [caption])).articles
    assert [(a.kind.value, len(a.captions)) for a in articles] == [("article", 0), ("photo", 1)]


def test_a_title_labelled_with_its_column_over_a_wide_caption_is_no_caption_line() -> None:
    """A title drawn after its body, with its column's name in brackets and no mark of running
    text, stands right over a photo's wide caption and fills its measure: it is not the caption's
    first line. A caption line with a comma runs on into it as before."""
    caption = ["春日里，青石镇千亩油菜花竞相开放，吸", "引众多市民观赏。图为游客在花海中拍照", "留念。林晓 摄"]
    assert caption_roles(["青石镇油菜花开满山坡（乡村振兴纪实）", *caption]) == [B, C, C, C]
    assert caption_roles(["村里的油菜花开满山坡，乡亲们说这花海", *caption]) == [C, C, C, C]


CAPTION_ROWS = ["青石镇千亩油菜花日前竞相", "开放，吸引众多市民观赏。", "图为游客在花海中拍照留念。", "宋云帆 摄"]


def test_a_line_shutting_a_bracket_opened_above_opens_no_caption() -> None:
    """A headline's last line finishing its column label (「……（为了」/「乡村振兴纪实）」) is as
    short as a caption's first line, but it goes on from the line above."""
    roles = caption_roles(["临江县推进植树（为", "了乡村振兴一线纪实）", *CAPTION_ROWS])
    assert roles[1] is not C
    assert roles[2:] == [C, C, C, C]


def test_a_line_ending_a_word_broken_above_opens_no_caption() -> None:
    roles = caption_roles(["何春生向首届乡村科", "技与创新论坛致贺信", *CAPTION_ROWS])
    assert roles[1] is not C
    assert roles[2:] == [C, C, C, C]


def test_a_labelled_title_with_a_comma_over_a_wide_caption_is_no_caption_line() -> None:
    """A title may hold a comma (「油菜花开，青石镇迎客」): a column label and no sentence end still
    make the line a title's last, not the caption's first."""
    caption = ["春日里，青石镇千亩油菜花竞相开放，吸", "引众多市民观赏。图为游客在花海中拍照", "留念。林晓 摄"]
    assert caption_roles(["油菜花开，青石镇迎客（乡村振兴纪实）", *caption]) == [B, C, C, C]


def test_a_line_ending_on_the_first_character_of_a_word_is_no_credit() -> None:
    # 「……何春生摄」/「像机……」: 摄像机 runs across the break; 何春生 would pass for a name before 摄.
    rows = [
        "会场四周共架设了何春生摄",
        "像机十二台，全程记录会议",
        "的每一个环节。",
    ]
    assert caption_roles(rows) == [B, B, B]
    # The classifier, reading a line that ends on 摄 beside short lines, is not heard on it either.
    lines = build_line_infos([*MEETING, *rows])
    roles = [_intrinsic_role(line) for line in lines]
    sure_caption = [LineProbs(headline=0.0, subheading=0.0, caption=0.9, body=0.1)] * len(lines)
    combine_learned(lines, roles, False, sure_caption)
    assert roles[len(MEETING)] is B


def test_a_line_ending_on_a_verb_that_ends_in_the_credit_character_is_no_credit() -> None:
    # 「……为拍摄」/「春耕场面……」: 拍摄 is the sentence's verb; a credit's 摄 follows a name.
    rows = [
        "都很顺利。",
        "剧组来时正值春耕。为拍摄",
        "春耕场面，摄制组在田间守",
        "了三天。",
    ]
    assert caption_roles(rows) == [B, B, B, B]
    # The classifier, sure the line is a caption, is not heard on it either.
    lines = build_line_infos([*MEETING, *rows])
    roles = [_intrinsic_role(line) for line in lines]
    sure_caption = [LineProbs(headline=0.0, subheading=0.0, caption=0.9, body=0.1)] * len(lines)
    combine_learned(lines, roles, False, sure_caption)
    assert roles[len(MEETING) + 1] is B
    # Nor is the line above it, which the classifier read as that credit's caption: a paragraph's
    # last line left a caption alone would cut the text there.
    roles = [_intrinsic_role(line) for line in lines]
    credit = len(MEETING) + 1
    body = LineProbs(headline=0.0, subheading=0.0, caption=0.0, body=1.0)
    probs = [sure_caption[0] if k in (credit - 1, credit) else body for k in range(len(lines))]
    combine_learned(lines, roles, False, probs)
    assert roles[credit - 1 : credit + 1] == [B, B]


def test_a_photographers_credit_in_the_verb_form_stays_a_credit() -> None:
    """「林晓 拍摄」 set apart, or glued after a caption's 图为, credits the photo: the verb 拍摄
    reads as running text only glued to text that holds no other caption cue."""
    assert caption_roles(["图为青石镇的油菜花田。 林晓 拍摄", "何春生介绍，基地今年将接待三个剧组，"])[0] is C
    assert caption_roles(["图为青石镇的油菜花田。林晓拍摄", "何春生介绍，基地今年将接待三个剧组，"])[0] is C


def test_a_credit_set_apart_from_its_names_closes_the_caption_whatever_follows() -> None:
    rows = ["图为游客在花海中拍照留念。何春生 摄", "像册里的老照片"]
    assert caption_roles(rows)[0] is C


def test_a_line_ending_on_no_mark_over_a_sentence_opening_on_a_time_or_connective_is_no_caption_line() -> None:
    """A photo's title drawn right over its caption, as short as an indented first line: the
    caption's first line opens a sentence (「据悉，……」, 「日前，……」, 「10月8日，……」), which running text
    never breaks a line before, so the line over it is no caption's."""
    for opening in ("据悉，县里在", "日前，县里在", "10月8日，县里在"):
        caption = [f"{opening}青石镇举办丰", "收节，上千名游客前来观看。", "图为村民展示新米。", "林晓 摄"]
        assert caption_roles(["青石丰收节今日开幕", *caption]) == [B, C, C, C, C]
