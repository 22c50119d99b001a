"""Entry point: command-line subcommands run without loading Qt; anything else opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from planner import cli


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in cli.COMMANDS:
        return cli.main(argv)
    print("magplan: the window is not built yet; try 'magplan foods search oats'", file=sys.stderr)
    return cli.main(["foods", "search", "pumpkin", "seeds"])
