"""What ``banmian render`` does, kept out of the CLI: check the input is a PDF, parse it, draw the
wanted pages one at a time (a long PDF is never held in memory as pictures), and name the outputs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from banmian.errors import InputError
from banmian.model import Page
from banmian.options import ParseOptions
from banmian.render.html import page_html
from banmian.render.image import draw_regions, open_document, png_bytes, rasterise
from banmian.render.options import RenderOptions
from banmian.render.regions import page_regions

#: Output formats: the annotated page as a picture, or the page view beside the text.
FORMATS = ("png", "html")
#: How a PDF file begins, searched for in its first kilobyte (the PDF standard tolerates junk before it).
PDF_MAGIC = b"%PDF-"
PDF_MAGIC_SEARCH_BYTES = 1024


@dataclass(frozen=True, slots=True)
class RenderedPage:
    """One output: PDF page ``page_number`` (1-based) drawn as ``content`` (PNG, or UTF-8 HTML)."""

    page_number: int
    content: bytes


@dataclass(frozen=True, slots=True)
class RenderJob:
    """A parsed PDF and the pages to draw: ``page_numbers`` (1-based) of its ``page_count``."""

    path: Path
    pages: tuple[Page, ...]
    page_numbers: tuple[int, ...]

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def rendered(self, fmt: str, options: RenderOptions | None = None) -> Iterator[RenderedPage]:
        """Each wanted page drawn in ``fmt`` (see ``FORMATS``), in page order, one at a time."""
        if fmt not in FORMATS:
            raise ValueError(f"unknown render format {fmt!r}; expected one of {', '.join(FORMATS)}")
        opts = options or RenderOptions()
        with open_document(self.path) as doc:
            for number in self.page_numbers:
                index = number - 1
                raster = rasterise(doc, index, opts)
                regions = page_regions(self.pages[index], index)
                if fmt == "png":
                    content = png_bytes(draw_regions(raster, regions, opts))
                else:
                    content = page_html(raster, self.pages[index], regions, index).encode("utf-8")
                yield RenderedPage(number, content)


def render_file(path: Path, page_number: int | None = None, parse_options: ParseOptions | None = None) -> RenderJob:
    """Parse the PDF at ``path`` for drawing its pages (all, or page ``page_number``, 1-based).

    Raises ``InputError`` with a one-line message for a missing file, a file that is not a PDF
    (a text layer has no picture to draw on: "render needs the PDF"), a damaged or image-only PDF,
    or a page number past the end.
    """
    _check_pdf(path)
    from banmian.api import parse_pages

    pages = tuple(parse_pages(path, parse_options))
    if page_number is not None and not 1 <= page_number <= len(pages):
        raise InputError(f"{path}: no page {page_number}; the PDF has {len(pages)} page(s)")
    numbers = (page_number,) if page_number is not None else tuple(range(1, len(pages) + 1))
    return RenderJob(path, pages, numbers)


def output_paths(job: RenderJob, fmt: str, output: Path | None) -> dict[int, Path]:
    """Where each page goes, by page number.

    One page: ``output`` is the file (or, if it is an existing directory, the folder for it).
    Several pages: ``output`` is a folder. Without ``output``, files go in the current directory.
    Names are ``<stem>.<fmt>``, or ``<stem>-p<N>.<fmt>`` when the PDF has several pages, so that a
    name always says which page it shows. Raises ``InputError`` when several pages would go to a
    path that is a file.
    """
    def name(number: int) -> str:
        suffix = f"-p{number}" if job.page_count > 1 else ""
        return f"{job.path.stem}{suffix}.{fmt}"

    if len(job.page_numbers) == 1:
        number = job.page_numbers[0]
        if output is None:
            return {number: Path(name(number))}
        return {number: output / name(number) if output.is_dir() else output}
    folder = output if output is not None else Path()
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: is a file; with several pages -o names a directory")
    return {number: folder / name(number) for number in job.page_numbers}


def _check_pdf(path: Path) -> None:
    try:
        with path.open("rb") as fh:
            head = fh.read(PDF_MAGIC_SEARCH_BYTES)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a PDF file") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read it ({err.strerror or err})") from None
    if PDF_MAGIC not in head:
        raise InputError(f"{path}: render needs the PDF; this file is not one (a text layer has no page to draw)")
