#!/usr/bin/env bash
# Mutation testing of the exactly-once core (not in CI: it takes many minutes on 2 cores).
#
#   scripts/mutation.sh            # mutate workflows/reminders/claims.py
#   scripts/mutation.sh outbox     # also outbox.py and tick.py (much slower)
#
# mutmut (3.x, via `uv run --with mutmut`) copies the code into ./mutants and runs, per
# mutant, the tests that call the mutated function. It cannot follow the forked `woonzorg
# tick` processes of tests/faults/test_crash.py and friends, so it runs the in-process tests:
# tests/workflows/reminders and the in-process fault tests. The run happens in a scratch copy
# of the repository, so no mutmut configuration or output lands in the checkout.
# Results: docs/reliability.md ("Mutation testing").
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
git ls-files -z | xargs -0 -I{} cp --parents {} "$work"
cp -r .venv "$work/.venv" 2>/dev/null || true
paths="
    workflows/reminders/claims.py"
if [[ "${1:-}" == "outbox" ]]; then
  paths="$paths
    workflows/reminders/outbox.py
    workflows/reminders/tick.py"
fi
cat > "$work/setup.cfg" <<CFG
[mutmut]
source_paths=${paths}
pytest_add_cli_args_test_selection=
    tests/workflows/reminders/
    tests/faults/test_claim_races.py
    tests/faults/test_slow_slack.py
also_copy=
    tests/
    bot/
    storage/
    workflows/
    manifest.yml
CFG
cd "$work"
uv run --with mutmut mutmut run --max-children 2 || true
uv run --with mutmut mutmut results
