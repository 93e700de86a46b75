"""The page view: one self-contained HTML file with the page and the articles side by side.

The page is embedded as a base64 PNG (the plain page, without drawing: the regions are HTML over
it, so they stay sharp at any zoom and can be clicked). Each article's region is an ``<a>`` in the
article's colour, numbered; clicking it scrolls to the article's text and highlights both, and
clicking an article's text highlights its region. Regions are placed in percentages of the page,
so they stay on their text as the image scales. No external resources: the file works offline
and can be mailed. Every piece of page text is escaped, so a page that prints ``<script>`` shows it.
"""

from __future__ import annotations

import base64
import html
from pathlib import Path, PurePath

from banmian.export.labels import jump_line, page_info_line
from banmian.model import Article, Page, ParagraphRole
from banmian.render.image import PageRaster, open_document, png_bytes, rasterise
from banmian.render.options import RenderOptions
from banmian.render.palette import UNPLACED_COLOUR, hex_colour, label_text_colour
from banmian.render.regions import ArticleRegion, PageRegions, TextBox, page_regions

#: Shown for an article without a title, as in the Markdown export.
UNTITLED = "(untitled)"
#: Page width (CSS pixels) below which the page goes above the text instead of beside it: under
#: this two columns leave the text too narrow to read Chinese comfortably (about 20 characters).
NARROW_SCREEN_PX = 900

#: Fonts for Chinese text, most common first on Linux, macOS, Windows and Android; then sans-serif.
FONT_FAMILY = (
    '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei", '
    '"WenQuanYi Micro Hei", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif'
)

_CSS = """
* { box-sizing: border-box; }
body { margin: 0; font-family: %(font)s; color: #222; background: #f4f4f2; line-height: 1.7; }
body > header { padding: .5rem 1rem; background: #fff; border-bottom: 1px solid #ddd; }
body > header h1 { font-size: 1.1rem; margin: 0; }
body > header p { margin: 0; color: #666; font-size: .85rem; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; padding: 1rem; }
.pane { position: sticky; top: 0; max-height: 100vh; overflow: auto; align-self: start; }
.sheet { position: relative; width: 100%%; }
.sheet img { display: block; width: 100%%; height: auto; box-shadow: 0 0 4px #aaa; }
.sheet .region, .sheet .shade, .sheet .unplaced { position: absolute; }
.region { border: 2px solid var(--c); text-decoration: none; }
.region:hover, .region.on { background: color-mix(in srgb, var(--c) 18%%, transparent); border-width: 3px; }
.region.on { outline: 3px solid var(--c); z-index: 2; }
.num { display: inline-block; min-width: 1.5em; padding: 0 .3em; font: bold .8rem/1.4 sans-serif;
       text-align: center; background: var(--c); color: var(--t); }
.region .num { position: absolute; left: 0; top: 0; }
.shade { background: rgba(110, 110, 110, .28); border: 1px solid #6e6e6e; pointer-events: none; }
.unplaced { border: 2px dashed %(unplaced)s; pointer-events: none; }
.articles article { background: #fff; border-left: 6px solid var(--c); margin: 0 0 1rem; padding: .5rem 1rem;
                    cursor: pointer; scroll-margin-top: 1rem; }
.articles article.on { box-shadow: 0 0 0 3px var(--c); }
.articles h2 { font-size: 1.25rem; margin: .2rem 0; }
.articles h2 .num { vertical-align: middle; margin-right: .4em; }
.articles h3 { font-size: 1rem; margin: .6rem 0 .2rem; }
.kicker, .subtitle { margin: 0; color: #444; }
.byline, .jump, .meta { margin: .2rem 0; color: #666; font-size: .9rem; }
.where { color: #666; }
.caption { margin: .4rem 0; padding-left: .6rem; border-left: 3px solid #ccc; color: #555; font-size: .9rem; }
.untitled { color: #888; font-weight: normal; }
.other { background: #fff; padding: .5rem 1rem; margin-bottom: 1rem; }
.other h2 { font-size: 1rem; margin: .2rem 0; }
.other ul { margin: 0; padding-left: 1.2rem; }
.other .bad { color: %(unplaced)s; }
@media (max-width: %(narrow)dpx) {
  main { grid-template-columns: minmax(0, 1fr); padding: .5rem; }
  .pane { position: static; max-height: none; overflow: visible; }
}
"""

#: Clicking a region or an article highlights both; the region's link scrolls to the text, and the
#: text scrolls its region into view. A link to #article-N opens with that article highlighted.
_SCRIPT = """
(function () {
  function select(n, scrollRegion) {
    document.querySelectorAll('.on').forEach(function (e) { e.classList.remove('on'); });
    var region = document.getElementById('region-' + n), article = document.getElementById('article-' + n);
    if (region) { region.classList.add('on'); }
    if (article) { article.classList.add('on'); }
    if (scrollRegion && region) { region.scrollIntoView({block: 'nearest', behavior: 'smooth'}); }
  }
  document.querySelectorAll('a.region').forEach(function (r) {
    r.addEventListener('click', function () { select(r.dataset.n, false); });
  });
  // Beside the text (a wide screen), the page pane is sticky: bring the region into view there.
  // Above the text (a phone), only the "on the page" link scrolls up, so reading is not disturbed.
  var pane = document.querySelector('.pane');
  document.querySelectorAll('article[data-n]').forEach(function (a) {
    a.addEventListener('click', function () {
      select(a.dataset.n, getComputedStyle(pane).position === 'sticky');
    });
  });
  document.querySelectorAll('a.where').forEach(function (w) {
    w.addEventListener('click', function (e) {
      e.preventDefault(); e.stopPropagation(); select(w.dataset.n, true);
    });
  });
  var m = /^#article-(\\d+)$/.exec(location.hash);
  if (m) { select(m[1], false); }
})();
"""


def render_html(
    pdf_path: str | Path | bytes, page_index: int, page: Page, options: RenderOptions | None = None
) -> str:
    """PDF page ``page_index`` (0-based) and its reconstruction ``page`` as one HTML document."""
    opts = options or RenderOptions()
    with open_document(pdf_path) as doc:
        raster = rasterise(doc, page_index, opts)
    return page_html(raster, page, page_regions(page, page_index), page_index)


def page_html(raster: PageRaster, page: Page, regions: PageRegions, page_index: int) -> str:
    """The document for an already rasterised page (``render_file`` rasterises each page once)."""
    title = _page_title(page, page_index)
    width, height = raster.image.size
    image = base64.b64encode(png_bytes(raster.image)).decode("ascii")
    overlays = [_shade(raster, box, "shade") for box in regions.shaded]
    overlays += [_shade(raster, box, "unplaced") for box in regions.unplaced]
    # Largest first, so that a small article inside or over a big one stays on top and clickable.
    by_area = sorted(regions.articles, key=lambda r: -(r.bbox.x1 - r.bbox.x0) * (r.bbox.y1 - r.bbox.y0))
    overlays += [_region(raster, region) for region in by_area]
    counts = f"{len(regions.articles)} article(s)"
    if page.unplaced:
        counts += f", {len(page.unplaced)} piece(s) of unplaced text"
    css = _CSS % {"font": FONT_FAMILY, "unplaced": hex_colour(UNPLACED_COLOUR), "narrow": NARROW_SCREEN_PX}
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)}</title>",
        f"<style>{css}</style>",
        "</head>",
        "<body>",
        f"<header><h1>{_e(title)}</h1><p>{_e(counts)}</p></header>",
        "<main>",
        '<section class="pane" aria-label="page">',
        f'<div class="sheet"><img src="data:image/png;base64,{image}" width="{width}" height="{height}" '
        f'alt="{_e(title)}">',
        *overlays,
        "</div>",
        "</section>",
        '<section class="articles" aria-label="articles">',
        *_other([b.text for b in page.banners], "Banners"),
        *(_article(region) for region in regions.articles),
        *(_article_without_box(a, i) for i, a in _unboxed(page, regions)),
        *_other([u.text for u in page.unplaced], "Unplaced text", bad=True),
        *_other([f.text for f in page.furniture], "Page furniture"),
        *_other([f"{w.message} [{w.code}]" for w in page.warnings], "Warnings"),
        "</section>",
        "</main>",
        f"<script>{_SCRIPT}</script>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def _page_title(page: Page, page_index: int) -> str:
    info = page_info_line(page.info)
    if info:
        return info
    name = PurePath(page.source.path).name if page.source.path else "page"
    return f"{name} · page {page_index + 1}"


def _style(raster: PageRaster, box: TextBox | ArticleRegion) -> str:
    left, top, width, height = raster.fraction(box.bbox)
    return f"left:{left:.4%};top:{top:.4%};width:{width:.4%};height:{height:.4%}"


def _colour_vars(region: ArticleRegion) -> str:
    return f"--c:{hex_colour(region.colour)};--t:{hex_colour(label_text_colour(region.colour))}"


def _shade(raster: PageRaster, box: TextBox, css_class: str) -> str:
    return f'<div class="{css_class}" style="{_style(raster, box)}" title="{_e(box.kind)}: {_e(box.text)}"></div>'


def _region(raster: PageRaster, region: ArticleRegion) -> str:
    n = region.position + 1
    name = region.article.title.text if region.article.title is not None else UNTITLED
    return (
        f'<a class="region" id="region-{n}" href="#article-{n}" data-n="{n}" '
        f'style="{_style(raster, region)};{_colour_vars(region)}" title="{region.number}. {_e(name)}">'
        f'<span class="num">{region.number}</span></a>'
    )


def _article(region: ArticleRegion) -> str:
    return _article_body(region.article, region.position + 1, region.number, _colour_vars(region))


def _unboxed(page: Page, regions: PageRegions) -> list[tuple[int, Article]]:
    """Articles without any box (none from a PDF; kept so that the view never drops text)."""
    boxed = {r.position for r in regions.articles}
    return [(i, a) for i, a in enumerate(page.articles) if i not in boxed]


def _article_without_box(article: Article, position: int) -> str:
    return _article_body(article, position + 1, position + 1, "--c:#999;--t:#fff", boxed=False)


def _article_body(article: Article, n: int, number: int, colour_vars: str, *, boxed: bool = True) -> str:
    lines = [f'<article id="article-{n}" data-n="{n}" style="{colour_vars}">']
    if article.kicker is not None:
        lines.append(f'<p class="kicker">{_e(article.kicker.text)}</p>')
    title = _e(article.title.text) if article.title is not None else f'<span class="untitled">{UNTITLED}</span>'
    lines.append(f'<h2><span class="num">{number}</span>{title}</h2>')
    if boxed:
        lines.append(f'<p class="meta"><a class="where" href="#region-{n}" data-n="{n}">on the page ↑</a></p>')
    if article.subtitle is not None:
        lines.append(f'<p class="subtitle">{_e(article.subtitle.text)}</p>')
    if article.byline is not None:
        lines.append(f'<p class="byline">{_e(article.byline.text)}</p>')
    lines += [f'<p class="jump">{_e(jump_line(j))}</p>' for j in article.jumps if j.direction == "from"]
    for paragraph in article.paragraphs:
        tag = "h3" if paragraph.role is ParagraphRole.SUBHEADING else "p"
        lines.append(f"<{tag}>{_e(paragraph.text)}</{tag}>")
    lines += [f'<p class="caption">{_e(c.text)}</p>' for c in article.captions]
    lines += [f'<p class="jump">{_e(jump_line(j))}</p>' for j in article.jumps if j.direction == "to"]
    lines.append("</article>")
    return "\n".join(lines)


def _other(texts: list[str], heading: str, *, bad: bool = False) -> list[str]:
    """A short list of the page's non-article text (banners, furniture, unplaced, warnings)."""
    if not texts:
        return []
    css = ' class="bad"' if bad else ""
    items = "".join(f"<li{css}>{_e(t)}</li>" for t in texts)
    return [f'<section class="other"><h2>{_e(heading)}</h2><ul>{items}</ul></section>']


def _e(text: str) -> str:
    """Text as HTML that shows as written (quotes too, as it also goes into attributes)."""
    return html.escape(text, quote=True)
