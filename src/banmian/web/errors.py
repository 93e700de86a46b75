"""Every failure answered the same way: the API with ``{"error": "..."}``, the HTML pages with an
error page, and always with the status that says whose fault it is (400 for a bad parameter, 404
for something that is not there, 503 for an archive that cannot be read) rather than FastAPI's 422
or a bare 500 with a traceback."""

from __future__ import annotations

import logging
import sqlite3

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from banmian.archive import ArchiveError, QueryError
from banmian.web.templating import render

LOG = logging.getLogger("banmian.web")
API_PREFIX = "/api"
#: Validation problems listed in one message: the first few are what a user needs to fix.
MAX_LISTED_PROBLEMS = 3
#: Status titles shown on the HTML error page (readers of this archive read Chinese).
TITLES = {400: "请求有误", 404: "找不到该内容", 405: "不支持的请求方法", 500: "服务器出错", 503: "档案库暂时无法读取"}


def is_api(request: Request) -> bool:
    path = request.url.path.removeprefix(request.scope.get("root_path", "") or "")
    return path == API_PREFIX or path.startswith(API_PREFIX + "/")


def error_response(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    if is_api(request):
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    title = TITLES.get(status, "出错了")
    return render(request, "error.html", {"status": status, "title": title, "message": message}, status=status, headers=headers)


def validation_message(exc: RequestValidationError) -> str:
    """「offset: Input should be greater than or equal to 0」: the parameter and what is wrong."""
    parts = []
    for problem in exc.errors()[:MAX_LISTED_PROBLEMS]:
        names = [str(part) for part in problem.get("loc", ()) if part not in ("path", "query", "body")]
        parts.append(f"{'.'.join(names) or 'request'}: {problem.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        return error_response(request, exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 400, validation_message(exc))

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> Response:
        return error_response(request, 400, f"bad search query: {exc}")

    @app.exception_handler(ArchiveError)
    async def archive_unusable(request: Request, exc: ArchiveError) -> Response:
        LOG.error("archive unusable: %s", exc)
        return error_response(request, 503, "the archive cannot be opened right now")

    @app.exception_handler(sqlite3.Error)
    async def archive_unreadable(request: Request, exc: sqlite3.Error) -> Response:
        LOG.error("archive read failed on %s: %s", request.url.path, exc)
        return error_response(request, 503, "the archive cannot be read right now")

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:  # pragma: no cover - a bug
        LOG.exception("unexpected error on %s", request.url.path)
        return error_response(request, 500, "an unexpected error; it has been logged")
