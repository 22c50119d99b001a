import ast
import subprocess
import sys
from pathlib import Path


def test_planner_loads_no_qt():
    code = (
        "import sys, planner.cli, planner.foods, planner.plan, planner.storage, "
        "planner.totals, planner.targets; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'ui'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_only_the_document_builds_undo_commands():
    """ui.commands is imported by ui/plan_document.py alone (tests and benchmarks included):
    every other module edits the plan through the document's intention methods."""
    root = Path(__file__).parent.parent
    importers = set()
    # The project's own sources (not a build/ or dist/ a wheel build leaves behind).
    paths = [root / "main.py"] + [
        p
        for folder in ("planner", "ui", "tests", "bench", "tools")
        for p in (root / folder).rglob("*.py")
    ]
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
                if isinstance(node, ast.ImportFrom) and node.module
                else []
            )
            if "ui.commands" in names:
                importers.add(path.relative_to(root).as_posix())
    assert importers == {"ui/plan_document.py"}
