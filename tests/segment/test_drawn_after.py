"""On a page read body first, the run after a body opens with that body's whole headline: a
kicker the run's parse cut from its title joins it again when the body above restates the title
(segment.drawnafter). Invented texts, laid out as pdfium prints a body-first page (each article's
text, then its headline), without blank lines."""

from __future__ import annotations

import banmian
from pagetext import body

DEPOT = body(
    "临江县青石镇日前建成全县首个乡村物流服务站，村民网购的包裹当天就能送到家门口。",
    "服务站还代收农产品，帮助村民把山货卖到城里。",
    column=18,
)
LIBRARY = body("本报讯（记者 林晓）江北县图书馆新馆日前开馆，馆藏图书二十万册。", "新馆设有少儿阅览区。", column=18)
#: A text whose headline the page lost: its body wants one, so the page asks for more headlines,
#: never fewer, and the run's parse is not merged back into one stack.
MARKET = body("本报讯（记者 周敏）周末的江南县农贸市场人头攒动，新上市的柑橘每斤卖到三元。", column=18)
KICKER, TITLE, LIBRARY_TITLE = "临江县青石镇建成全县首个乡村物流服务站", "让山货出村，让包裹到家", "江北县图书馆新馆开馆"


def drawn_after(*extra: str) -> str:
    """Two articles, each body printed before its headline; ``extra`` lines follow the first
    headline."""
    return "\n".join([*DEPOT, KICKER, TITLE, *extra, *LIBRARY, LIBRARY_TITLE, *MARKET]) + "\n"


def headed(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (a.kicker.text if a.kicker else None, a.title.text if a.title else None, a.paragraphs[0].text[:8] if a.paragraphs else None)
        for a in banmian.parse(text).articles
    ]


def read_apart(monkeypatch) -> None:  # noqa: ANN001
    """Make the run's parse read the kicker and the title as two titles, as it does of pairs
    whose shapes do not say kicker (a long kicker over a shorter title, neither wrapped)."""
    monkeypatch.setattr("banmian.segment.stackgroups.kicker_score", lambda *args: 0.0)
    monkeypatch.setattr("banmian.segment.stackgroups.wrapped_pair", lambda *args: False)


def test_a_title_cut_from_its_kicker_joins_it_again(monkeypatch) -> None:  # noqa: ANN001
    read_apart(monkeypatch)
    assert headed(drawn_after()) == [
        (KICKER, TITLE, "临江县青石镇日前"),
        (None, LIBRARY_TITLE, "江北县图书馆新馆"),
        (None, None, "周末的江南县农贸"),
    ]


def test_without_the_rule_the_title_heads_the_text_without_one(monkeypatch) -> None:  # noqa: ANN001
    read_apart(monkeypatch)
    monkeypatch.setattr("banmian.segment.attach.join_drawn_after", lambda *args: None)
    found = headed(drawn_after())
    assert (found[0], found[-1]) == ((None, KICKER, "临江县青石镇日前"), (None, TITLE, "周末的江南县农贸"))


def test_the_byline_under_the_title_goes_with_it(monkeypatch) -> None:  # noqa: ANN001
    read_apart(monkeypatch)
    articles = banmian.parse(drawn_after("本报记者 何春生 周敏")).articles
    first = articles[0]
    assert (first.kicker.text, first.title.text, first.byline.text if first.byline else None) == (KICKER, TITLE, "本报记者 何春生 周敏")


def test_a_title_the_body_above_does_not_restate_stays_apart(monkeypatch) -> None:  # noqa: ANN001
    """A headline sharing no words with the body above is not its title but another article's
    (here the text without a headline, which restates it)."""
    read_apart(monkeypatch)
    other = "江南县农贸市场柑橘上市"
    text = "\n".join([*DEPOT, KICKER, other, *LIBRARY, LIBRARY_TITLE, *MARKET]) + "\n"
    assert headed(text)[0] == (None, KICKER, "临江县青石镇日前")


BRIEF = body(
    "为方便群众就近借阅，江北县图书馆新馆日前正式开馆，馆藏图书二十万册，设有少儿阅览区、电子阅览室和自习区，"
    "每天开放十二小时，市民持身份证即可免费办理借书证。（林晓 何春生）",
    column=18,
)
MARKET_TITLE = "江南县柑橘上市"


def over_a_brief() -> str:
    """An article drawn body first, then a brief printed title first (a box's item), its title
    right under the article's headline, then another article drawn body first."""
    market = body("周末的江南县农贸市场人头攒动，新上市的柑橘每斤卖到三元。", column=18)
    return "\n".join([*DEPOT, KICKER, TITLE, LIBRARY_TITLE, *BRIEF, *market, MARKET_TITLE]) + "\n"


def test_the_kicker_over_a_briefs_title_ends_the_headline_above() -> None:
    assert headed(over_a_brief()) == [
        (KICKER, TITLE, "临江县青石镇日前"),
        (None, LIBRARY_TITLE, "为方便群众就近借"),
        (None, MARKET_TITLE, "周末的江南县农贸"),
    ]


def test_without_the_rule_the_brief_takes_the_title_above_as_its_kicker(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr("banmian.segment.drawnafter._kicker_up", lambda *args: None)
    assert headed(over_a_brief())[:2] == [(None, KICKER, "临江县青石镇日前"), (TITLE, LIBRARY_TITLE, "为方便群众就近借")]


SLOGAN_KICKER, SLOGAN_TITLE = "乡村物流服务站 包裹送到家门口", "山货进城 村民增收"


def phrased_after_text() -> str:
    """An article drawn body first whose kicker and title are both set as two phrases, read as
    slogan banners (a photo's caption stands under them), then another article."""
    caption = "青石镇村民在物流服务站领取包裹。本报记者 周敏摄"
    return "\n".join([*DEPOT, SLOGAN_KICKER, SLOGAN_TITLE, caption, *LIBRARY, LIBRARY_TITLE]) + "\n"


def test_two_phrased_lines_drawn_after_a_headless_text_are_its_kicker_and_title() -> None:
    page = banmian.parse(phrased_after_text())
    assert headed(phrased_after_text())[0] == (SLOGAN_KICKER, SLOGAN_TITLE, "临江县青石镇日前")
    assert [b.text for b in page.banners] == []


def test_without_the_rule_the_title_stays_a_banner(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr("banmian.segment.bannertitles._title_drawn_under", lambda *args: None)
    page = banmian.parse(phrased_after_text())
    assert headed(phrased_after_text())[0] == (None, SLOGAN_KICKER, "临江县青石镇日前")
    assert [b.text for b in page.banners] == [SLOGAN_TITLE]
