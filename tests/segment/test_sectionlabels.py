"""Numbered section labels over sub-headings (segment.sectionlabels). Invented texts, pdfium-like."""

from __future__ import annotations

import banmian
from pagetext import body


def tea_page(first_label: str, second_label: str) -> str:
    rows = ["青石镇茶产业三大看点", "本报记者 周敏"]
    rows += body("今年以来，青石镇围绕茶产业做文章，茶园扩种、茶厂投产、茶路修通，茶农收入明显增加。镇长何春生说，全镇的茶产业正在迎来好时候。")
    rows += [first_label, "茶园扩种三千亩"]
    rows += body("春天一到，青石镇的山坡上满是新栽的茶苗。镇里统一采购茶苗，按户发放，农技人员上门指导栽种和管护。")
    rows += body("茶农林晓家今年新栽了五亩茶苗，他说，等到三年后茶园投产，每年能多收入两万多元。")
    rows += [second_label, "茶厂投产见效益"]
    rows += body("上个月，镇上新建的茶厂正式投产，每天能加工鲜叶两万斤，茶农采下的鲜叶就近就能卖出去。")
    rows += body("茶厂负责人介绍，茶厂还与城里的茶叶公司签了收购合同，茶叶不愁卖。")
    rows += ["临江县举行春季运动会", "本报讯（记者 林晓）临江县第五届春季运动会昨天在县体育中心开幕，全县三十多个单位的一千多名运动员参加比赛。"]
    return "\n".join(rows) + "\n"


def test_labels_of_a_numbered_series_open_sections_of_one_article() -> None:
    page = banmian.parse(tea_page("看点1——", "看点2——"))
    titles = [a.title.text if a.title else None for a in page.articles]
    assert titles == ["青石镇茶产业三大看点", "临江县举行春季运动会"]
    tea = page.articles[0]
    # Each label is a paragraph of its own over the heading it numbers.
    assert list(tea.subheadings) == ["看点1——", "茶园扩种三千亩", "看点2——", "茶厂投产见效益"]
    assert [p.text for p in tea.paragraphs][1:3] == ["看点1——", "茶园扩种三千亩"]


def test_a_label_numbered_alone_is_read_as_a_kicker() -> None:
    """Two labels with different words number nothing: each leads into its title as a kicker does."""
    page = banmian.parse(tea_page("看点1——", "亮点2——"))
    assert [a.kicker.text if a.kicker else None for a in page.articles][1:3] == ["看点1——", "亮点2——"]


def test_what_a_section_label_is() -> None:
    from banmian.segment.sectionlabels import SECTION_LABEL

    assert [SECTION_LABEL.match(t) is not None for t in ("镜头一：", "亮点2——", "片段12:", "第三：")] == [True] * 4
    # No number, or words too long for a label: a kicker.
    assert [SECTION_LABEL.match(t) is not None for t in ("县图书馆：", "青石镇茶产业发展的新看点3——")] == [False, False]


def test_labels_set_in_body_type_number_sections_too() -> None:
    """Each label indented as a short paragraph of its own, the last line of the text above
    (「　　看点2——」), its heading alone under it: the series numbers sections of one article as
    well, and the label leads into its heading as the text above's closing mark, though no
    sentence ends there."""
    text = tea_page("\u3000\u3000看点1——", "\u3000\u3000看点2——").replace("茶园扩种三千亩", "茶园面积扩大")
    page = banmian.parse(text)
    assert [a.title.text if a.title else None for a in page.articles] == ["青石镇茶产业三大看点", "临江县举行春季运动会"]
    tea = page.articles[0]
    assert list(tea.subheadings) == ["茶园面积扩大", "茶厂投产见效益"]
    assert [p.text for p in tea.paragraphs][1:3] == ["看点1——", "茶园面积扩大"]
