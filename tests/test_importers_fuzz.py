"""Every importer, fed damaged versions of a real-layout file through `magplan foods import`:
it imports, or refuses in one line on stderr; a refusal leaves the data folder byte for byte
as it was. Bounded to a few seconds per importer."""

import contextlib
import io
import shutil
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.cli import main
from tests.test_importers_ciqual import ALIM, ALIM_GRP, COMPO, CONST, compo
from tests.test_importers_ciqual import HEADER as CIQUAL_HEADER
from tests.test_importers_ciqual import ROWS as CIQUAL_ROWS
from tests.test_importers_ciqual import write as write_xlsx
from tests.test_importers_csv import DUTCH, MAPPING
from tests.test_importers_fdc import files
from tests.test_importers_nevo import TEXT as NEVO
from tests.test_library import snapshot

# What goes wrong in real files: numbers too large or not numbers, quotes, separators, line
# breaks, a byte-order mark, NUL, Ciqual's markers, an empty cell, a cell over 128 KB.
TOKENS = (
    "1e400",
    "1e30",
    "-1",
    "",
    "<",
    "< 0,5",
    "traces",
    '"',
    "\n",
    "\r\n",
    "|",
    ";",
    ",",
    "\t",
    "\x00",
    "nan",
    "inf",
    "é",
    "\ufeff",
    "-",
    "0,5",
    "x" * 140_000,
)
FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@st.composite
def damaged(draw, text: str) -> str:
    """The text with a few tokens put in, parts cut out, or its end cut off."""
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(("insert", "replace", "delete", "truncate")))
        if kind == "truncate":
            text = text[:at]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        else:
            token = draw(st.sampled_from(TOKENS))
            text = (
                text[:at]
                + token
                + text[at + (draw(st.integers(1, 8)) if kind == "replace" else 0) :]
            )
    return text


@st.composite
def damaged_bytes(draw, data: bytes) -> bytes:
    """The bytes with a few runs overwritten by random bytes, or cut short."""
    data = bytearray(data)
    for _ in range(draw(st.integers(1, 3))):
        # A position as a share of the length: an Excel file's length varies with its
        # timestamps, and hypothesis wants the same draws each time.
        at = draw(st.integers(0, 1000)) * len(data) // 1000
        if draw(st.booleans()):
            del data[at:]
        else:
            run = draw(st.binary(min_size=1, max_size=16))
            data[at : at + len(run)] = run
    return bytes(data)


@pytest.fixture
def run_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """run(path, *options) imports into a data folder that holds one imported table, as a
    user's would, made afresh each time; it checks the rule and returns the exit code."""
    folder = tmp_path / "data"
    monkeypatch.setenv("MAGPLAN_DATA_DIR", str(folder))
    nevo = tmp_path / "NEVO2023_8.0.csv"
    nevo.write_text(NEVO, encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["foods", "import", str(nevo)]) == 0
    pristine = tmp_path / "pristine"
    shutil.copytree(folder, pristine)

    def run(path: Path, *options: str) -> int:
        shutil.rmtree(folder)
        shutil.copytree(pristine, folder)
        before = snapshot(folder)
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            code = main(["foods", "import", str(path), *options])
        message = err.getvalue()
        if code != 0:
            assert code == 1 and message.startswith("magplan: ") and message.count("\n") == 1, (
                message
            )
            assert snapshot(folder) == before
        return code

    return run


@FUZZ
@given(text=damaged(NEVO))
def test_nevo(run_import, tmp_path: Path, text: str) -> None:
    path = tmp_path / "NEVO2025_v9.0.csv"
    path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
    run_import(path, "--format", "nevo")


@FUZZ
@given(text=damaged(DUTCH))
def test_any_csv(run_import, tmp_path: Path, text: str) -> None:
    path = tmp_path / "eigen.csv"
    path.write_bytes(text.encode("utf-8"))
    run_import(path, "--map", ",".join(f"{f}={c}" for f, c in MAPPING.items()))


@FUZZ
@given(member=st.sampled_from(sorted(files())), data=st.data())
def test_fooddata_central(run_import, tmp_path: Path, member: str, data) -> None:
    contents = files()
    contents[member] = data.draw(damaged(contents[member]))
    path = tmp_path / "FoodData_Central_sr_legacy_food_csv_2018-04.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in contents.items():
            archive.writestr(f"FoodData_Central/{name}", text)
    if data.draw(st.booleans()):
        path.write_bytes(data.draw(damaged_bytes(path.read_bytes())))
    run_import(path)


@FUZZ
@given(
    row=st.integers(0, len(CIQUAL_ROWS)),
    column=st.integers(0, len(CIQUAL_HEADER) - 1),
    token=st.sampled_from(TOKENS[:-1]),
    data=st.data(),
)
def test_ciqual_excel(run_import, tmp_path: Path, row: int, column: int, token: str, data) -> None:
    header, rows = list(CIQUAL_HEADER), [list(r) for r in CIQUAL_ROWS]
    (header if row == 0 else rows[row - 1])[column] = token.replace("\x00", "")
    path = write_xlsx(tmp_path, header, rows)
    if data.draw(st.booleans()):
        path.write_bytes(data.draw(damaged_bytes(path.read_bytes())))
    run_import(path)


@FUZZ
@given(data=st.data())
def test_ciqual_legacy_excel(run_import, tmp_path: Path, data) -> None:
    fixture = (Path(__file__).parent / "data" / "ciqual_2020.xls").read_bytes()
    path = tmp_path / "Table Ciqual 2020.xls"
    path.write_bytes(data.draw(damaged_bytes(fixture)))
    run_import(path)


@FUZZ
@given(member=st.sampled_from(("alim", "alim_grp", "const", "compo")), data=st.data())
def test_ciqual_xml(run_import, tmp_path: Path, member: str, data) -> None:
    texts = {"alim": ALIM, "alim_grp": ALIM_GRP, "const": CONST, "compo": compo(COMPO)}
    texts[member] = data.draw(damaged(texts[member]))
    path = tmp_path / "XML_2020_07_07.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in texts.items():
            archive.writestr(f"{name}_2020_07_07.xml", text.encode("cp1252", errors="replace"))
    run_import(path)
