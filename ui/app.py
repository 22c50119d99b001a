"""Entry point: command-line subcommands run without loading Qt; anything else opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from planner import cli


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in cli.COMMANDS:
        return cli.main(argv, html_to_pdf=_html_to_pdf)
    print("magplan: the window is not built yet; try 'magplan foods search oats'", file=sys.stderr)
    return cli.main(["foods", "search", "pumpkin", "seeds"])


def _html_to_pdf(html: str, path: Path) -> None:
    # Qt loads only when a command writes a PDF; the other commands stay Qt-free and fast.
    from ui.printing import html_to_pdf
    html_to_pdf(html, path)
