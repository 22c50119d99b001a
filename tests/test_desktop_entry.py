"""The desktop entry and the icon: installed into a temporary XDG data folder and taken away,
checked with desktop-file-validate where it is installed, and the icon on the window."""

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from tests.in_process import magplan
from tools.render_icons import render
from ui.desktop_entry import (
    APP_ID,
    FOLDER,
    ICON_SIZES,
    data_home,
    entry_text,
    install,
    placements,
    uninstall,
)

VALIDATOR = shutil.which("desktop-file-validate")


def assert_valid(entry: Path) -> None:
    if VALIDATOR is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([VALIDATOR, str(entry)], capture_output=True, text=True)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def lines(entry: Path) -> list[str]:
    return entry.read_text(encoding="utf-8").splitlines()


def test_the_packaged_entry_is_valid():
    assert_valid(Path(str(FOLDER / f"{APP_ID}.desktop")))


def test_install_writes_the_entry_and_every_icon_then_uninstall_takes_them_away(tmp_path):
    command = tmp_path / "my apps" / "magplan"  # a space: Exec must quote it
    command.parent.mkdir()
    command.write_text("")
    home = tmp_path / "share"
    written = install(command, home)
    entry = home / "applications" / "magplan.desktop"
    assert set(written) == set(placements(home)) and len(written) == 2 + len(ICON_SIZES)
    assert f'Exec="{command}" %f' in lines(entry) and f"TryExec={command}" in lines(entry)
    assert "Icon=magplan" in lines(entry)
    for size in ICON_SIZES:
        image = QImage(str(home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "magplan.png"))
        assert (image.width(), image.height()) == (size, size)
    svg = home / "icons" / "hicolor" / "scalable" / "apps" / "magplan.svg"
    assert svg.read_bytes() == (FOLDER / "magplan.svg").read_bytes()
    assert_valid(entry)

    assert set(uninstall(home)) == set(written)
    assert not any(path.exists() for path in written)
    assert uninstall(home) == []


def test_exec_escapes_dollar_percent_and_backslash(tmp_path):
    text = entry_text(Path("/opt/cost$/100%/magplan"))
    # Quoted for the $, the $ escaped inside the quotes, that backslash doubled as any in a
    # string value; % doubled as it is not a field code.
    assert 'Exec="/opt/cost\\\\$/100%%/magplan" %f' in text.splitlines()
    assert "TryExec=/opt/cost$/100%/magplan" in text.splitlines()
    entry = tmp_path / "magplan.desktop"
    entry.write_text(text, encoding="utf-8")
    assert_valid(entry)


def test_the_data_folder_is_xdg_data_home_when_absolute():
    assert data_home({"XDG_DATA_HOME": "/x/share"}) == Path("/x/share")
    assert data_home({"XDG_DATA_HOME": "relative"}) == Path.home() / ".local" / "share"
    assert data_home({}) == Path.home() / ".local" / "share"


def test_the_command_line_installs_this_magplan(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    result = magplan("--install-desktop-entry")
    assert result.returncode == 0, result.stderr
    entry = tmp_path / "applications" / "magplan.desktop"
    assert str(entry) in result.stdout
    (exec_line,) = (line for line in lines(entry) if line.startswith("Exec="))
    program = Path(exec_line.removeprefix("Exec=").removesuffix(" %f"))
    assert program.name == "magplan" and program.is_file()
    assert_valid(entry)
    assert magplan("--uninstall-desktop-entry").returncode == 0
    assert not entry.exists()


def test_the_icons_are_the_svg_rendered(qapp):
    """tools/render_icons.py made them; after a change to the SVG, run it again."""
    for size in ICON_SIZES:
        committed = QImage(str(FOLDER / f"magplan-{size}.png")).convertToFormat(
            QImage.Format.Format_ARGB32
        )
        fresh = render(size)
        assert committed.size() == fresh.size() == QSize(size, size)
        # Anti-aliased edges may differ a little from one Qt to another; nothing more.
        differing = sum(
            abs(a - b) > 8 for a, b in zip(bytes(committed.constBits()), bytes(fresh.constBits()))
        )
        assert differing <= size * size * 4 * 0.005, size


def test_the_window_has_the_icon(window):
    sizes = window.windowIcon().availableSizes()
    assert all(QSize(size, size) in sizes for size in ICON_SIZES)
