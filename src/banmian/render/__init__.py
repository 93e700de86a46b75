"""Pictures of a reconstruction, for checking it by eye.

``render_pdf_page`` draws a PDF page as a PNG with each article's region outlined in its own
colour and numbered, headline parts and captions lettered, banners and furniture shaded grey and
unplaced text dashed red. ``render_html`` makes one self-contained HTML file: the page with
clickable article regions beside the articles' text. ``render_file`` is what ``banmian render``
runs. Modules: ``options`` (``RenderOptions``), ``palette`` (colours and labels), ``regions`` (what
is drawn, from a ``Page``), ``image`` (the PNG), ``html`` (the page view), ``files`` (the command).
"""

from banmian.render.files import FORMATS, RenderedPage, output_paths, render_file
from banmian.render.html import render_html
from banmian.render.image import render_pdf_page
from banmian.render.options import RenderOptions

__all__ = ["FORMATS", "RenderOptions", "RenderedPage", "output_paths", "render_file", "render_html", "render_pdf_page"]
