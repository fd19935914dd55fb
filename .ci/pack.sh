# eqia as another team installs it: every package packed as it would be published, its types checked by
# @arethetypeswrong/cli, the tarballs installed with npm into an app outside the monorepo (.ci/consumer),
# which is type-checked strictly (strict, exactOptionalPropertyTypes, skipLibCheck false), runs a Node
# script on the SQLite store (npm builds better-sqlite3 as it would for a consumer), bundles a browser
# page with esbuild and runs it in Chromium, compiles and runs every example of docs/sdk.md, and runs
# the installed `eqia`. Sourced by .ci/run; by hand: `source .ci/pack.sh && test_packages`.
test_packages() {
  local root dir status=0
  root=$(pwd)
  dir=$(mktemp -d /tmp/eqia-pack.XXXXXX)
  echo "::group::packages as another team installs them"
  { _pack_all "$root" "$dir" && _install_consumer "$root" "$dir" && (cd "$dir/app" && _run_consumer "$root"); } ||
    status=1
  echo "::endgroup::"
  rm -rf "$dir"
  [ "$status" = 0 ] && echo "packages: packed, installed, type-checked and run outside the monorepo"
  return "$status"
}

# The version the monorepo's catalog pins (pnpm-workspace.yaml), so the consumer builds with the same tools.
_catalog_version() { grep -E "^  \"?$1\"?: " "$2/pnpm-workspace.yaml" | sed 's/^[^:]*: //'; }

_pack_all() {
  local root=$1 dir=$2 package tarball
  pnpm turbo run build --filter='./packages/*' --filter=@eqia/cli --output-logs=errors-only >/dev/null || return 1
  mkdir -p "$dir/tarballs"
  for package in packages/core packages/report packages/sdk packages/store-sqlite packages/store-postgres apps/cli; do
    (cd "$root/$package" && pnpm pack --pack-destination "$dir/tarballs" >/dev/null) || return 1
  done
  for tarball in "$dir"/tarballs/*.tgz; do
    # The internal condition points at sources that a consumer's tools must never pick.
    if tar -xOzf "$tarball" package/package.json | grep -q '@eqia/source\|workspace:\|catalog:'; then
      echo "$(basename "$tarball"): its package.json still names @eqia/source, workspace: or catalog:" >&2
      return 1
    fi
    tar -tzf "$tarball" | grep -q '^package/README.md$' || { echo "$(basename "$tarball") has no README" >&2; return 1; }
    # ES modules only: Node 20.19 and later require() them too, which the consumer checks.
    pnpm exec attw "$tarball" --profile esm-only --quiet || return 1
    echo "$(basename "$tarball"): packed; its types resolve (attw)"
  done
}

_install_consumer() {
  local root=$1 dir=$2 tool tools=()
  cp -r "$root/.ci/consumer" "$dir/app"
  for tool in typescript esbuild @types/node vitest fast-check; do
    tools+=("$tool@$(_catalog_version "$tool" "$root")")
  done
  echo "installing the tarballs into $dir/app with npm (which builds better-sqlite3 for this Node)"
  (cd "$dir/app" && npm install --no-audit --no-fund --loglevel=error "$dir"/tarballs/*.tgz "${tools[@]}" >/dev/null)
}

# Runs in the consumer's directory.
_run_consumer() {
  local root=$1 example name chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
  node extract-examples.mjs "$root/docs/sdk.md" src/docs || return 1
  npx tsc -p tsconfig.json || return 1
  npx tsc -p tsconfig.browser.json || return 1
  mkdir -p data
  node out/node-app.js data || return 1
  for example in out/docs/[0-9][0-9].js; do
    name=$(basename "$example" .js)
    echo "docs/sdk.md, example $name"
    (mkdir -p "data/$name" && cd "data/$name" && node "../../$example") || return 1
  done
  npx esbuild src/page.ts --bundle --format=iife --platform=browser --minify --outfile=out/page.js \
    --log-level=warning || return 1
  "$chromium" --headless --no-sandbox --disable-gpu --virtual-time-budget=10000 --dump-dom "file://$PWD/page.html" \
    2>/dev/null | grep -o 'browser: [^<]*' || { echo "the browser page did not finish" >&2; return 1; }
  npx eqia --version >/dev/null || return 1
  npx eqia demo --store data/cli.db >/dev/null && npx eqia verify --store data/cli.db >/dev/null || return 1
}
