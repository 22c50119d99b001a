#!/usr/bin/env bash
# Set up (first time) and run the whole test suite: ./test.sh [pytest options]
MAGPLAN_EXTRAS=${MAGPLAN_EXTRAS:-test}
source "$(dirname "$0")/scripts/setup.sh"
cd "$ROOT"
set +e
"$VENV/bin/python" -m pytest "$@"
rc=$?
# pytest exits 5 when it ran no test: that is a failure, not a pass.
if [ "$rc" = 5 ]; then echo "magplan: no test ran" >&2; exit 1; fi
exit "$rc"
