"""Magplan in the desktop's application menu: `magplan --install-desktop-entry` copies the
freedesktop entry and the icon (SVG and PNG sizes) into the user's XDG data folder;
`magplan --uninstall-desktop-entry` takes them away. No Qt: plain files.

The entry's Exec and TryExec name this installation's magplan command by its full path, so
the menu finds it in a virtual environment too, and hides the entry once it is gone.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Mapping
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

APP_ID = "magplan"
# The entry's template, magplan.svg and its renderings magplan-<size>.png
# (tools/render_icons.py draws them).
FOLDER = files("ui") / "desktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Characters that make an Exec argument need quotes (Desktop Entry Specification, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """$XDG_DATA_HOME when it is an absolute path, else ~/.local/share."""
    value = environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def placements(home: Path) -> dict[Path, Traversable]:
    """Where each file goes under the data folder -> the packaged file it comes from."""
    icons = home / "icons" / "hicolor"
    out = {
        home / "applications" / f"{APP_ID}.desktop": FOLDER / f"{APP_ID}.desktop",
        icons / "scalable" / "apps" / f"{APP_ID}.svg": FOLDER / f"{APP_ID}.svg",
    }
    for size in ICON_SIZES:
        out[icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = FOLDER / f"{APP_ID}-{size}.png"
    return out


def entry_text(command: Path) -> str:
    """The desktop entry with Exec and TryExec naming the command."""
    text = (FOLDER / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    path = str(command)
    text = text.replace(f"\nTryExec={APP_ID}\n", f"\nTryExec={_escape(path)}\n")
    return text.replace(f"\nExec={APP_ID} ", f"\nExec={_escape(_exec_argument(path))} ")


def _exec_argument(argument: str) -> str:
    """One argument of an Exec line: quoted when it holds a reserved character."""
    if _RESERVED & set(argument):
        argument = '"' + re.sub(r'(["`$\\])', r"\\\1", argument) + '"'
    return argument.replace("%", "%%")


def _escape(value: str) -> str:
    """A desktop entry's string value: backslashes doubled."""
    return value.replace("\\", "\\\\")


def command() -> Path | None:
    """This installation's magplan command: the one running, else the one beside Python,
    else the one on PATH."""
    on_path = shutil.which(APP_ID)
    for candidate in (
        Path(sys.argv[0]),
        Path(sys.executable).with_name(APP_ID),
        Path(on_path) if on_path else None,
    ):
        if candidate is not None and candidate.name == APP_ID and candidate.is_file():
            return candidate.absolute()
    return None


def install(command: Path, home: Path) -> list[Path]:
    """Write the entry and the icons under home; the files written."""
    written = []
    for target, source in placements(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.suffix == ".desktop":
            target.write_text(entry_text(command), encoding="utf-8")
        else:
            target.write_bytes(source.read_bytes())
        written.append(target)
    return written


def uninstall(home: Path) -> list[Path]:
    """Remove the entry and the icons from under home; the files removed."""
    removed = []
    for target in placements(home):
        if target.is_file():
            target.unlink()
            removed.append(target)
    return removed


def main(install_it: bool, environ: Mapping[str, str] = os.environ) -> int:
    """The command line's --install-desktop-entry (install_it) or --uninstall-desktop-entry."""
    if sys.platform in ("win32", "darwin", "cygwin"):
        print(
            "magplan: desktop entries are for Linux and BSD desktops (freedesktop.org)",
            file=sys.stderr,
        )
        return 1
    home = data_home(environ)
    try:
        if not install_it:
            removed = uninstall(home)
            print(
                f"Removed Magplan's desktop entry and icons from {home}"
                if removed
                else f"No desktop entry of Magplan's in {home}"
            )
            return 0
        found = command()
        if found is None:
            print(
                "magplan: cannot find the magplan command to put in the desktop entry",
                file=sys.stderr,
            )
            return 1
        written = install(found, home)
    except OSError as err:
        print(f"magplan: {err}", file=sys.stderr)
        return 1
    print(
        f"Installed {written[0]} (it runs {found}) and the icons under {home / 'icons' / 'hicolor'}"
    )
    return 0
