"""How the command talks: one line per message on stderr, so batch logs stay greppable, and its
exit status."""

from __future__ import annotations

import sys

PROG = "banmian"

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def say(kind: str, message: str) -> None:
    line = " ".join(message.splitlines())
    print(f"{PROG}: {kind}: {line}", file=sys.stderr)


def error(message: str) -> None:
    say("error", message)


def warn(message: str) -> None:
    say("warning", message)
