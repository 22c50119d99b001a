"""`magplan ARGS` run in this process, as the console script runs it (ui.app.main), for the
command-line tests: a process per call costs half a second of start-up. tests/test_app.py and
tests/test_wheel.py keep real processes."""

import io
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass


@dataclass(frozen=True)
class Ran:
    """What a run returned and printed (the fields of subprocess.CompletedProcess)."""

    returncode: int
    stdout: str
    stderr: str


def magplan(*args: str) -> Ran:
    from ui.app import application, main

    # The tests share one QApplication: made here, before a --pdf could make a bare
    # QGuiApplication that no widget can live with.
    application()
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return Ran(code, out.getvalue(), err.getvalue())
