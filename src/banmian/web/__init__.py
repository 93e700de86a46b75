"""``banmian serve``: the web reader and the REST API over an archive (read-only).

The web stack is an optional extra: importing this package without it fails at once with the
one line that fixes it, rather than with a traceback from deep inside a request. The stack itself
is imported only when an app is built, so ``WebOptions`` costs nothing to import.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from banmian.web.options import WebOptions

if TYPE_CHECKING:
    from fastapi import FastAPI

#: What ``banmian[web]`` installs; each is needed to serve.
REQUIRED_MODULES = ("fastapi", "jinja2", "uvicorn")


def _missing_modules() -> list[str]:
    missing = []
    for name in REQUIRED_MODULES:
        try:
            if importlib.util.find_spec(name) is None:
                missing.append(name)
        except (ImportError, ValueError):  # a broken or half-removed installation
            missing.append(name)
    return missing


if _missing := _missing_modules():
    raise ImportError(f"the web reader needs {', '.join(_missing)}: pip install 'banmian[web]'")


def create_app(db: str | Path, options: WebOptions | None = None) -> FastAPI:
    """The ASGI app serving the archive at ``db``; fails now (``ArchiveError``, one line) when
    the file is not a readable archive, rather than on every request."""
    from banmian.web.app import build_app

    return build_app(Path(db), options or WebOptions())


def serve(db: str | Path, options: WebOptions | None = None) -> None:
    """Serves until interrupted (Ctrl-C)."""
    import uvicorn

    opts = options or WebOptions()
    uvicorn.run(create_app(db, opts), host=opts.host, port=opts.port, log_level=opts.log_level)


__all__ = ["WebOptions", "create_app", "serve"]
