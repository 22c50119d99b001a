import subprocess
import sys


def test_planner_loads_no_qt():
    code = ("import sys, planner.cli, planner.foods, planner.plan, planner.storage, "
            "planner.totals, planner.targets; "
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'ui'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
