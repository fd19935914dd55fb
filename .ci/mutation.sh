#!/usr/bin/env bash
# CI: the mutation budgets of core's rules, authorisation, audit chain, edits and replay
# (`pnpm mutation --check`). Stryker runs incrementally against the committed
# packages/core/stryker-incremental.json: it tests again only the mutants whose code or covering tests
# changed since the file was written and reuses the rest, so a stale file still gives the scores of the
# code as it is, only more slowly. A file that lacks some file of an area would send that whole file
# through Stryker, longer than CI has: the step then waits, with a warning, for the file to be recorded.
# The time limit keeps a landing inside CI's: when it is hit, refresh the file (docs/architecture.md).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "::group::mutation testing"
if ! pnpm --silent mutation --recorded; then
  echo "::warning::Mutation testing is skipped until packages/core/stryker-incremental.json records every file of every area: run \`pnpm mutation\` and commit it."
elif ! timeout 15m pnpm mutation --check; then
  echo "Mutation testing failed or took over 15 minutes: see above. If it timed out, run \`pnpm mutation\` and commit packages/core/stryker-incremental.json." >&2
  exit 1
fi
echo "::endgroup::"
