"""What a file's name and folders say about its page: newspaper, date, page number.

Rules (the archive's issue = newspaper + date):

* a date is eight digits ``YYYYMMDD`` or ``YYYY-MM-DD`` (``_`` or ``.`` also separate), looked for
  in the file name, then in the folders above it (nearest first, up to ``MAX_FOLDER_LEVELS``);
* the page number is the last piece of the file name (pieces split at ``-``, ``_``, ``.``, spaces)
  written ``p3``, ``page03``, ``第3版``, ``A03`` or a bare number of at most three digits, once the
  date is taken out;
* the newspaper is the first piece of the file name that is a name (letters or Chinese, not a
  page number), else the nearest folder that is neither a date nor a number.

File names are preferred to the page's own masthead for the newspaper because they are the same on
every page of an issue, while a masthead is printed on the front page only.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

MAX_FOLDER_LEVELS = 3
DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")
PAGE_PIECE = re.compile(r"^(?:p|page|pg|第|[a-z])?0*(\d{1,3})(?:版|页)?$", re.IGNORECASE)
SEPARATORS = re.compile(r"[-_.\s]+")
NAME_PIECE = re.compile(r"[A-Za-z\u4e00-\u9fff]")
#: Folder names that are never a newspaper's.
GENERIC_FOLDERS = frozenset({"pdf", "pdfs", "txt", "text", "pages", "page", "data", "scans", "input", "archive"})


@dataclass(frozen=True, slots=True)
class PathFacts:
    newspaper: str | None = None
    date: dt.date | None = None
    page_number: int | None = None


def facts_from_path(path: Path) -> PathFacts:
    stem = path.stem
    date, rest = _date_in(stem)
    folders = [p.name for p in path.parents][:MAX_FOLDER_LEVELS]
    if date is None:
        for folder in folders:
            date, _ = _date_in(folder)
            if date is not None:
                break
    pieces = [p for p in SEPARATORS.split(rest) if p]
    page_number = None
    if pieces and (match := PAGE_PIECE.match(pieces[-1])):
        page_number = int(match.group(1))
        pieces = pieces[:-1]
    newspaper = next((p for p in pieces if NAME_PIECE.search(p) and not PAGE_PIECE.match(p)), None)
    if newspaper is None:
        newspaper = next((f for f in folders if _folder_is_name(f)), None)
    return PathFacts(newspaper, date, page_number)


def _date_in(text: str) -> tuple[dt.date | None, str]:
    for match in DATE.finditer(text):
        try:
            date = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            continue
        return date, text[: match.start()] + " " + text[match.end() :]
    return None, text


def _folder_is_name(folder: str) -> bool:
    if not NAME_PIECE.search(folder) or folder.lower() in GENERIC_FOLDERS:
        return False
    date, _ = _date_in(folder)
    return date is None and not PAGE_PIECE.match(folder)
