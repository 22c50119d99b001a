"""Reading and writing the user's files: whole or not at all, with errors that name the file.

write_atomic writes a temporary file in the target's folder and renames it over the target,
so a crash at any moment leaves the old file or the new one. It writes through a symbolic link
to the file the link points at (the link stays a link), keeps an existing file's permissions
(a new file gets the user's usual ones), refuses a folder, pipe or device, and removes the
temporary files of writers that were killed (they start with TEMPORARY_PREFIX).
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
import sys
import time
from pathlib import Path

from planner.messages import Message, os_reason

TEMPORARY_PREFIX = ".magplan-"
TEMPORARY_SUFFIX = ".tmp"
# A temporary file this old is a killed writer's: no write takes this long.
STALE_SECONDS = 15 * 60
# Kept short so that a target of 255 characters, the longest name a folder allows, saves.
_TEMPORARY_LENGTH = len(TEMPORARY_PREFIX) + 12 + len(TEMPORARY_SUFFIX)
# What read_bytes calls the file in its errors.
KINDS = {
    "file": "kind.file",
    "plan": "kind.plan",
    "CSV file": "kind.csv_file",
    "food table": "kind.food_table",
    "meals file": "kind.meals_file",
    "recipe file": "kind.recipe_file",
}
_CREATE = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
)


class FileWriteError(OSError):
    """A file that cannot be written; says which, and why, in one line (`message`, in any
    language; `reason`, when the system's own words would not say it)."""

    def __init__(
        self, number: int | None, strerror: str, filename: str, reason: Message | None = None
    ) -> None:
        super().__init__(number, strerror, filename)
        self.reason = reason

    @property
    def message(self) -> Message:
        return Message("file.cannot_write", path=self.filename, reason=os_reason(self))

    def __str__(self) -> str:
        return self.message


def read_bytes(
    path: Path, error: type[Exception], kind: str = "file", limit: int | None = None
) -> bytes:
    """The file's bytes, or `error` (given one Message) naming the path and why it cannot be
    read; a file larger than limit is refused before it is read. kind is one of KINDS."""
    what = Message(KINDS[kind])
    try:
        with open(path, "rb") as file:
            data = file.read() if limit is None else file.read(limit + 1)
    except FileNotFoundError:
        raise error(Message("file.missing", path=str(path))) from None
    except IsADirectoryError:
        raise error(Message("file.is_folder", path=str(path), kind=what)) from None
    except OSError as err:
        raise error(Message("file.cannot_read", path=str(path), reason=os_reason(err))) from None
    if limit is not None and len(data) > limit:
        raise error(Message("file.too_large", path=str(path), megabytes=limit // 2**20, kind=what))
    return data


def write_atomic(path: Path | str, data: bytes) -> None:
    """Replace the file's content with data, all at once; FileWriteError names the path."""
    path = Path(path)
    target, mode = _target(path)
    folder = target.parent
    try:
        temporary = _create_temporary(folder, mode)
    except OSError as err:
        raise _error(path, err) from None
    try:
        with open(temporary, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException as err:
        temporary.unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise _error(path, err) from None
        raise
    _sync_folder(folder)
    remove_stale_temporaries(folder)


def write_output(path: Path | str, data: bytes) -> None:
    """Write data to the file atomically, or to standard output for the path '-'."""
    if str(path) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_atomic(path, data)


def _target(path: Path) -> tuple[Path, int | None]:
    """The file a write to path replaces (through symbolic links) and its permissions, or
    None when it is new."""
    try:
        found = os.stat(path)  # follows links: a loop raises ELOOP
    except FileNotFoundError:
        found = None  # a new file, or a link to a file not made yet
    except OSError as err:
        raise _error(path, err) from None
    if found is not None and not stat.S_ISREG(found.st_mode):
        folder = stat.S_ISDIR(found.st_mode)
        reason = Message("file.it_is_a_folder" if folder else "file.it_is_not_a_file")
        raise FileWriteError(errno.EISDIR if folder else errno.EINVAL, reason, str(path), reason)
    return Path(os.path.realpath(path)), None if found is None else stat.S_IMODE(found.st_mode)


def _create_temporary(folder: Path, mode: int | None) -> Path:
    """A new, empty temporary file in the folder: with the existing file's permissions, or
    with those the user's umask gives a new file (which mkstemp's 0600 would not)."""
    for attempt in range(3):  # 48 random bits: a clash is all but impossible
        temporary = folder / f"{TEMPORARY_PREFIX}{secrets.token_hex(6)}{TEMPORARY_SUFFIX}"
        try:
            os.close(os.open(temporary, _CREATE, 0o666))
            break
        except FileExistsError:
            if attempt == 2:
                raise
    if mode is not None:
        try:
            os.chmod(temporary, mode)
        except PermissionError:
            pass  # a folder without Unix permissions (FAT): the content matters more
    return temporary


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (where the system can open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot sync a folder; the rename is done all the same
    finally:
        os.close(fd)


def remove_stale_temporaries(folder: Path) -> None:
    """Remove the temporary files killed writers left in the folder."""
    now = time.time()
    try:
        candidates = list(os.scandir(folder))
    except OSError:
        return
    for entry in candidates:
        name = entry.name
        if not (
            name.startswith(TEMPORARY_PREFIX)
            and name.endswith(TEMPORARY_SUFFIX)
            and len(name) == _TEMPORARY_LENGTH
        ):
            continue
        try:
            if now - entry.stat(follow_symlinks=False).st_mtime > STALE_SECONDS:
                os.unlink(entry.path)
        except OSError:
            continue  # gone already, or not ours to remove


def _error(path: Path, err: OSError) -> FileWriteError:
    return FileWriteError(err.errno, err.strerror or str(err), str(path))
