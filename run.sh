#!/usr/bin/env bash
# Set up (first time) and open Magplan: ./run.sh [PLAN | command ...]
source "$(dirname "$0")/scripts/setup.sh"
exec "$VENV/bin/magplan" "$@"
