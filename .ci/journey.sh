#!/usr/bin/env bash
# The walk-in offices journey of docs/cli.md: the built CLI driven in tmux at 80x24 from the first answer
# to the published export, counting prompts and keystrokes. Minutes long, so it runs here, not in `pnpm test`.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "::group::the walk-in offices journey"
pnpm --filter @eqia/cli run test:journey
echo "::endgroup::"
