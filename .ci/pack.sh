# eqia as another team installs it: every package packed as it would be published, its types checked by
# @arethetypeswrong/cli, the tarballs installed with npm into an app outside the monorepo (.ci/consumer),
# which is type-checked strictly (strict, exactOptionalPropertyTypes, skipLibCheck false), runs a Node
# script on the SQLite store, bundles a browser page with esbuild and runs it in Chromium, compiles and
# runs every example of docs/sdk.md, and runs the installed `eqia`. Sourced by .ci/run; by hand:
# `source .ci/pack.sh && test_packages`. Given other Nodes' directories, each with a better-sqlite3 addon
# built for it (`test_packages "$node24" "$addon24" "$node26" "$addon26"`, as .ci/lts.sh does), the same
# installed packages run on each of those Nodes too: the Node script, the examples and `eqia` (types and
# the browser bundle do not depend on it).
test_packages() {
  local root dir status=0
  root=$(pwd)
  dir=$(mktemp -d /tmp/eqia-pack.XXXXXX)
  echo "::group::packages as another team installs them"
  { _pack_all "$root" "$dir" && _install_consumer "$root" "$dir" && (cd "$dir/app" && _run_consumer "$root") &&
    _run_on_nodes "$dir" "$@"; } || status=1
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
    if tar -xOzf "$tarball" package/package.json | grep '@eqia/source\|workspace:\|catalog:' >/dev/null; then
      echo "$(basename "$tarball"): its package.json still names @eqia/source, workspace: or catalog:" >&2
      return 1
    fi
    # Not `grep -q`: it stops reading early, tar dies of SIGPIPE, and pipefail calls that a failure.
    tar -tzf "$tarball" | grep '^package/README.md$' >/dev/null || { echo "$(basename "$tarball") has no README" >&2; return 1; }
    # ES modules only: Node 20.19 and later require() them too, which the consumer checks.
    pnpm exec attw "$tarball" --profile esm-only --quiet || return 1
    echo "$(basename "$tarball"): packed; its types resolve (attw)"
  done
}

# npm installs without running install scripts: better-sqlite3's would download a prebuilt addon (or
# compile SQLite for minutes without network); the monorepo's addon, built for this Node by its own
# install, is the same version (the catalog pins it) and is copied in instead.
_install_consumer() {
  local root=$1 dir=$2 tool tools=()
  cp -r "$root/.ci/consumer" "$dir/app"
  for tool in typescript esbuild @types/node vitest fast-check; do
    tools+=("$tool@$(_catalog_version "$tool" "$root")")
  done
  echo "installing the tarballs into $dir/app with npm"
  (cd "$dir/app" && npm install --no-audit --no-fund --loglevel=error --ignore-scripts \
    "$dir"/tarballs/*.tgz "${tools[@]}" >/dev/null) || return 1
  _copy_addon "$root" "$dir/app"
}

# The monorepo's better-sqlite3 addon into the consumer's better-sqlite3, which must be the same version.
_copy_addon() {
  local root=$1 app=$2 built wanted
  built=$(ls -d "$root"/node_modules/.pnpm/better-sqlite3@*/node_modules/better-sqlite3 | head -n 1)
  wanted=$(node -p "require('$app/node_modules/better-sqlite3/package.json').version")
  [ "$(node -p "require('$built/package.json').version")" = "$wanted" ] ||
    { echo "the consumer got better-sqlite3 $wanted, the monorepo built another version" >&2; return 1; }
  mkdir -p "$app/node_modules/better-sqlite3/build/Release"
  cp "$built/build/Release/better_sqlite3.node" "$app/node_modules/better-sqlite3/build/Release/"
}

# Runs in the consumer's directory.
_run_consumer() {
  local root=$1 example name chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
  node extract-examples.mjs "$root/docs/sdk.md" src/docs || return 1
  npx tsc -p tsconfig.json || return 1
  npx tsc -p tsconfig.browser.json || return 1
  mkdir -p data
  _run_node_parts || return 1
  npx esbuild src/page.ts --bundle --format=iife --platform=browser --minify --outfile=out/page.js \
    --log-level=warning || return 1
  "$chromium" --headless --no-sandbox --disable-gpu --virtual-time-budget=10000 --dump-dom "file://$PWD/page.html" \
    2>/dev/null | grep -o 'browser: [^<]*' || { echo "the browser page did not finish" >&2; return 1; }
}

# What runs on Node itself, in the consumer's directory: the Node app, every example, the installed CLI.
_run_node_parts() {
  local example name
  rm -rf data && mkdir -p data
  node out/node-app.js data || return 1
  for example in out/docs/[0-9][0-9].js; do
    name=$(basename "$example" .js)
    (mkdir -p "data/$name" && cd "data/$name" && node "../../$example" >/dev/null) ||
      { echo "docs/sdk.md, example $name failed on Node $(node --version)" >&2; return 1; }
  done
  echo "docs/sdk.md: every example ran on Node $(node --version)"
  npx eqia --version >/dev/null || return 1
  npx eqia demo --store data/cli.db >/dev/null && npx eqia verify --store data/cli.db >/dev/null || return 1
  # `list --json`'s fast path (the command's entry) finds better-sqlite3's addon in the installed package
  # and prints what the whole CLI (dist/bin.js, which has no fast path) prints.
  [ "$(npx eqia list --json --store data/cli.db)" = "$(node node_modules/@eqia/cli/dist/bin.js list --json --store data/cli.db)" ] ||
    { echo "eqia list --json printed otherwise than the whole CLI on Node $(node --version)" >&2; return 1; }
}

# The same installed packages on other Nodes (each one's directory, as .ci/lts.sh installs it, then a
# better-sqlite3 addon built for that Node), one after the other.
_run_on_nodes() {
  local dir=$1
  shift
  while [ "$#" -ge 2 ]; do
    cp "$2" "$dir/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node" || return 1
    (cd "$dir/app" && PATH="$1/bin:$PATH" _run_node_parts) || return 1
    shift 2
  done
}
