#!/usr/bin/env bash
# CI: the mutation budgets of core's rules, authorisation, audit chain, edits and replay
# (`pnpm mutation --check`). Stryker runs incrementally against the committed
# packages/core/stryker-incremental.json, so only mutants in code or tests changed since it was written run
# again. Without that file a full run would not fit beside the rest of CI, so the step waits for it. The
# time limit keeps a landing inside CI's: when it is hit, run `pnpm mutation` and commit the refreshed file.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "::group::mutation testing"
if [ ! -f packages/core/stryker-incremental.json ]; then
  echo "::warning::No packages/core/stryker-incremental.json, so mutation testing is skipped: run \`pnpm mutation\` once and commit the file."
elif ! timeout 25m pnpm mutation --check; then
  echo "Mutation testing failed or took over 25 minutes: see above, or run \`pnpm mutation\` and commit packages/core/stryker-incremental.json." >&2
  exit 1
fi
echo "::endgroup::"
