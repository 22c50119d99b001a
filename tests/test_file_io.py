"""Writing the user's files: through links, keeping permissions, refusing what is not a file,
naming the file in every error, cleaning up after killed writers."""

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner import SAMPLE_WEEK, cli, file_io, storage
from planner.file_io import FileWriteError, write_atomic
from planner.plan import Plan
from tests.conftest import ROOT
from tests.test_storage import MONDAY


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".magplan-"))


def test_a_new_file_gets_the_usual_permissions_and_an_existing_one_keeps_its_own(
    tmp_path, umask_022
):
    new = tmp_path / "new.json"
    write_atomic(new, b"{}")
    assert mode(new) == 0o644
    for kept in (0o644, 0o640, 0o600, 0o664):
        path = tmp_path / f"plan-{kept:o}.json"
        path.write_bytes(b"old")
        path.chmod(kept)
        write_atomic(path, b"new")
        assert path.read_bytes() == b"new" and mode(path) == kept


def test_a_link_is_written_through_and_stays_a_link(tmp_path):
    target = tmp_path / "plans" / "week.json"
    target.parent.mkdir()
    target.write_bytes(b"old")
    target.chmod(0o640)
    link = tmp_path / "week.json"
    link.symlink_to(target)
    chain = tmp_path / "latest.json"
    chain.symlink_to(link)
    write_atomic(chain, b"new")
    assert chain.is_symlink() and link.is_symlink()
    assert target.read_bytes() == b"new" and mode(target) == 0o640
    # A link to a file not made yet makes it.
    dangling = tmp_path / "next.json"
    dangling.symlink_to(tmp_path / "plans" / "next week.json")
    write_atomic(dangling, b"next")
    assert dangling.is_symlink() and (tmp_path / "plans" / "next week.json").read_bytes() == b"next"
    assert leftovers(tmp_path) == leftovers(target.parent) == []


def test_a_link_into_another_file_system_is_written_there(tmp_path):
    elsewhere = Path("/dev/shm")
    if not elsewhere.is_dir() or os.stat(elsewhere).st_dev == os.stat(tmp_path).st_dev:
        pytest.skip("no second file system (/dev/shm) to link into")
    target = elsewhere / f"magplan-test-{os.getpid()}.csv"
    try:
        target.write_bytes(b"old")
        link = tmp_path / "out.csv"
        link.symlink_to(target)
        write_atomic(link, b"new")
        assert link.is_symlink() and target.read_bytes() == b"new"
    finally:
        target.unlink(missing_ok=True)


def test_a_link_loop_is_one_error_naming_the_file(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(FileWriteError) as caught:
        write_atomic(a, b"x")
    assert str(caught.value) == f"{a}: cannot be written (Too many levels of symbolic links)"


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda p: p.mkdir(), "it is a folder"),
        (lambda p: os.mkfifo(p), "it is not a regular file"),
    ],
)
def test_a_folder_or_a_pipe_is_refused_and_left_alone(tmp_path, make, words):
    path = tmp_path / "out.csv"
    make(path)
    kind = stat.S_IFMT(os.stat(path).st_mode)
    with pytest.raises(FileWriteError, match=f"out.csv: cannot be written \\({words}\\)"):
        write_atomic(path, b"x")
    assert stat.S_IFMT(os.stat(path).st_mode) == kind and leftovers(tmp_path) == []


def test_a_name_of_255_characters_saves(tmp_path):
    path = tmp_path / ("w" * 250 + ".json")
    storage.save(Plan(start=MONDAY), path)
    assert storage.load(path) == Plan(start=MONDAY)


def test_a_missing_folder_names_the_file(tmp_path):
    path = tmp_path / "no such folder" / "week.json"
    with pytest.raises(FileWriteError) as caught:
        write_atomic(path, b"x")
    assert str(caught.value) == f"{path}: cannot be written (No such file or directory)"


def test_a_write_that_fails_half_way_names_the_file_and_leaves_the_old_one(tmp_path):
    """A file-size limit makes the kernel refuse the write (EFBIG) as a full disk would
    (ENOSPC): the error names the file, not the temporary one, which is gone."""
    path = tmp_path / "week.csv"
    path.write_bytes(b"old")
    code = (
        "import resource, signal, sys\n"
        "from planner.file_io import write_atomic\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))\n"
        "try:\n"
        "    write_atomic(sys.argv[1], b'x' * 5000)\n"
        "except OSError as err:\n"
        "    print(err)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout
    assert out == f"{path}: cannot be written (File too large)\n"
    assert path.read_bytes() == b"old" and leftovers(tmp_path) == []


def test_a_full_disk_names_the_file(tmp_path):
    disk = tmp_path / "small disk"
    disk.mkdir()
    if (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(disk)], capture_output=True
        ).returncode
        != 0
    ):
        pytest.skip("cannot mount a small file system here (needs root)")
    try:
        path = disk / "week.json"
        with pytest.raises(FileWriteError) as caught:
            write_atomic(path, b"x" * 200_000)
        assert str(caught.value) == f"{path}: cannot be written (No space left on device)"
        assert list(disk.iterdir()) == []
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_stale_temporary_files_of_killed_writers_are_removed(tmp_path):
    stale = tmp_path / ".magplan-0123456789ab.tmp"
    fresh = tmp_path / ".magplan-ba9876543210.tmp"  # a writer at work right now
    other = tmp_path / ".magplan-notes.tmp"  # not a name we make
    for path in (stale, fresh, other):
        path.write_bytes(b"half")
    an_hour_ago = time.time() - 3600
    for path in (stale, other):
        os.utime(path, (an_hour_ago, an_hour_ago))
    write_atomic(tmp_path / "week.json", b"{}")
    assert not stale.exists() and fresh.exists() and other.exists()


def test_the_command_line_writes_through_a_link_and_says_one_line_for_a_loop(tmp_path, capsys):
    sample = SAMPLE_WEEK
    target = tmp_path / "real.csv"
    target.write_bytes(b"")
    target.chmod(0o644)
    link = tmp_path / "out.csv"
    link.symlink_to(target)
    assert cli.main(["export", str(sample), "--csv", str(link)]) == 0
    assert link.is_symlink() and target.read_text().startswith("date,") and mode(target) == 0o644
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    assert cli.main(["balance", str(sample), "-o", str(loop)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [f"magplan: {loop}: cannot be written (Too many levels of symbolic links)"]


def test_reading_names_the_file_and_refuses_one_too_large(tmp_path):
    path = tmp_path / "big.csv"
    path.write_bytes(b"x" * 2_000_000)

    class Refused(Exception):
        pass

    with pytest.raises(Refused, match="big.csv: larger than 1 MB, the most a CSV file can be"):
        file_io.read_bytes(path, Refused, "CSV file", limit=2**20)
    assert file_io.read_bytes(path, Refused) == b"x" * 2_000_000
