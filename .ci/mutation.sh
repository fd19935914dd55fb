#!/usr/bin/env bash
# CI: the mutation budgets of core's rules, authorisation, audit chain, edits and replay
# (`pnpm mutation --check`). Stryker runs incrementally against the committed
# packages/core/stryker-incremental.json, so only mutants in code or tests changed since it was written run
# again. The time limit keeps a landing inside CI's: when it is hit, run `pnpm mutation` locally and commit
# the refreshed incremental file.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "::group::mutation testing"
if ! timeout 25m pnpm mutation --check; then
  echo "Mutation testing failed or took over 25 minutes: see above, or run \`pnpm mutation\` and commit packages/core/stryker-incremental.json." >&2
  exit 1
fi
echo "::endgroup::"
