"""How the command talks on stderr: one line per message, so batch logs stay greppable."""

from __future__ import annotations

import sys

PROG = "banmian"


def say(kind: str, message: str) -> None:
    line = " ".join(message.splitlines())
    print(f"{PROG}: {kind}: {line}", file=sys.stderr)


def error(message: str) -> None:
    say("error", message)


def warn(message: str) -> None:
    say("warning", message)
