#!/usr/bin/env bash
# Runs a command against a throw-away FerretDB (MongoDB wire protocol, SQLite backend) on 127.0.0.1.
#
#   scripts/ferretdb.sh <command> [args…]   start FerretDB, run the command with DATABASE_URI and
#                                           MONGODB_COMPATIBILITY=ferretdb exported, stop FerretDB
#   scripts/ferretdb.sh --build             only build FerretDB into the cache (first use: ~2 min)
#   scripts/ferretdb.sh --where             print where the binary is (or will be) cached; build nothing
#
# FerretDB is built from source through the Go module proxy, because no MongoDB-protocol server can
# be installed from this machine's package registries. The binary is cached in
# ${CROSSROADS_CACHE:-~/.cache/crossroads}/ferretdb/<version>/bin. FERRETDB_LOG_LEVEL (default warn)
# and FERRETDB_LOG_FILE (default: a temp file, removed afterwards) control FerretDB's own log.
set -euo pipefail

FERRETDB_VERSION=v1.24.0
MODULE=github.com/FerretDB/FerretDB
CACHE_ROOT="${CROSSROADS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/crossroads}"
BIN_DIR="$CACHE_ROOT/ferretdb/$FERRETDB_VERSION/bin"
FERRETDB="$BIN_DIR/ferretdb"

find_go() {
  if command -v go >/dev/null 2>&1; then
    command -v go
  elif [ -x /usr/local/go/bin/go ]; then
    echo /usr/local/go/bin/go
  else
    echo "scripts/ferretdb.sh: Go is needed to build FerretDB $FERRETDB_VERSION and was not found." >&2
    echo "Install Go 1.22 or newer (e.g. into /usr/local/go) and run this again." >&2
    return 1
  fi
}

build_ferretdb() {
  if [ -x "$FERRETDB" ]; then
    return 0
  fi
  local go build_dir source_dir started
  go="$(find_go)"
  started=$SECONDS
  echo "Building FerretDB $FERRETDB_VERSION with $("$go" version) (first use only)…" >&2
  # `go install …@version` does not work here: the module proxy refuses the version list it reads
  # for deprecation notices (403), and a module-mode build panics without build/version/version.txt.
  # So: download the exact version, copy it, write version.txt and build it as its own main module,
  # which keeps FerretDB's go.sum in charge of every dependency.
  export GOTOOLCHAIN=local GOFLAGS=-mod=readonly
  source_dir="$("$go" mod download -json "$MODULE@$FERRETDB_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  if [ -z "$source_dir" ] || [ ! -d "$source_dir" ]; then
    echo "scripts/ferretdb.sh: could not download $MODULE@$FERRETDB_VERSION through the Go module proxy." >&2
    return 1
  fi
  build_dir="$(mktemp -d "${TMPDIR:-/tmp}/ferretdb-build.XXXXXX")"
  cp -R "$source_dir/." "$build_dir/"
  chmod -R u+w "$build_dir"
  echo "$FERRETDB_VERSION" >"$build_dir/build/version/version.txt"
  mkdir -p "$BIN_DIR"
  (cd "$build_dir" && "$go" build -trimpath -o "$FERRETDB.partial" ./cmd/ferretdb)
  rm -rf "$build_dir"
  mv "$FERRETDB.partial" "$FERRETDB"
  echo "Built $FERRETDB in $((SECONDS - started)) s." >&2
}

free_port() {
  node -e "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

if [ "${1:-}" = "--where" ]; then
  echo "$FERRETDB"
  exit 0
fi
build_ferretdb
if [ "${1:-}" = "--build" ]; then
  exit 0
fi
if [ "$#" -eq 0 ]; then
  echo "usage: scripts/ferretdb.sh <command> [args…] | --build" >&2
  exit 2
fi

work_dir="$(mktemp -d "${TMPDIR:-/tmp}/crossroads-ferretdb.XXXXXX")"
log="${FERRETDB_LOG_FILE:-$work_dir/ferretdb.log}"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work_dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$work_dir/data" "$work_dir/state"
port="$(free_port)"
"$FERRETDB" \
  --handler=sqlite \
  --sqlite-url="file:$work_dir/data/" \
  --listen-addr="127.0.0.1:$port" \
  --debug-addr=- \
  --state-dir="$work_dir/state" \
  --telemetry=disable \
  --log-level="${FERRETDB_LOG_LEVEL:-warn}" \
  >"$log" 2>&1 &
pid=$!

for _ in $(seq 1 100); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "scripts/ferretdb.sh: FerretDB exited during start-up. Its log:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    break
  fi
  sleep 0.1
done
if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "scripts/ferretdb.sh: FerretDB did not listen on 127.0.0.1:$port within 10 s. Its log:" >&2
  tail -n 40 "$log" >&2
  exit 1
fi

echo "FerretDB $FERRETDB_VERSION (SQLite backend) listening on 127.0.0.1:$port" >&2
export DATABASE_URI="mongodb://127.0.0.1:$port/crossroads-test"
export MONGODB_COMPATIBILITY=ferretdb
status=0
"$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "scripts/ferretdb.sh: the command failed ($status); last lines of the FerretDB log:" >&2
  tail -n 40 "$log" >&2
fi
exit "$status"
