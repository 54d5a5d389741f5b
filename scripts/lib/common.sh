# Shared by scripts/run and scripts/test: installs what a fresh Debian machine lacks and starts servers
# in their own process groups so that everything stops on exit.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
STATE=${SEND_INSIGHT_STATE:-$ROOT/.local}
mkdir -p "$STATE"
PIDS=()

log() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  log "Installing $* from Debian"
  if [ ! -f "$STATE/.apt-updated" ]; then
    as_root apt-get update -qq && touch "$STATE/.apt-updated"
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@" >/dev/null
}

require_tools() {
  command -v java >/dev/null || apt_install openjdk-17-jdk-headless
  command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
}

# Starts a command in directory <dir> in its own process group, logging to $STATE/<name>.log; stopped by stop_all.
start_bg() {
  local name=$1 dir=$2; shift 2
  (cd "$dir" && exec setsid "$@") >"$STATE/$name.log" 2>&1 &
  PIDS+=($!)
}

stop_all() {
  local pid
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && kill -- "-$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]:-}"; do
    [ -n "$pid" ] && while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  done
  PIDS=()
}

wait_for_url() {
  local url=$1 name=$2 tries=${3:-240}
  for _ in $(seq "$tries"); do
    curl -sf -o /dev/null "$url" && return 0
    sleep 0.5
  done
  echo "$name did not come up at $url; its log:" >&2
  tail -50 "$STATE/$name.log" >&2 || true
  return 1
}

# A fresh 384-bit signing key for an API this script starts against MySQL/MariaDB.
random_secret() {
  head -c 48 /dev/urandom | base64 | tr -d '\n'
}

# A fresh password for accounts one test run creates: 32 hex digits (128 bits), so it never contains a username.
random_password() {
  head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n'
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# A private MariaDB on a fresh data directory and a free port (the machine's own server is left alone).
# Sets DB_PORT and DB_SOCKET. Debian's mariadbd starts in well under a second on a new data dir.
start_mariadb() {
  command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || apt_install mariadb-server mariadb-client
  local datadir="$STATE/mariadb"
  rm -rf "$datadir" && mkdir -p "$datadir"
  DB_SOCKET="$datadir/mysqld.sock"
  DB_PORT=$(free_port)
  local user_flag=()
  [ "$(id -u)" -eq 0 ] && user_flag=(--user=root)
  /usr/bin/mariadb-install-db --no-defaults "${user_flag[@]}" --datadir="$datadir/data" \
    --auth-root-authentication-method=socket >"$STATE/mariadb-install.log" 2>&1
  start_bg mariadb "$ROOT" /usr/sbin/mariadbd --no-defaults "${user_flag[@]}" --datadir="$datadir/data" \
    --socket="$DB_SOCKET" --port="$DB_PORT" --bind-address=127.0.0.1 --pid-file="$datadir/mysqld.pid" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --skip-log-bin
  for _ in $(seq 120); do
    mariadb-admin --no-defaults --socket="$DB_SOCKET" -uroot ping >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  echo "MariaDB did not start; its log:" >&2; tail -30 "$STATE/mariadb.log" >&2; return 1
}

# Creates (or re-creates) an empty database with its own user on the private MariaDB.
create_database() {
  local name=$1 password=$2
  mariadb --no-defaults --socket="$DB_SOCKET" -uroot <<SQL
DROP DATABASE IF EXISTS \`$name\`;
CREATE DATABASE \`$name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$name'@'127.0.0.1' IDENTIFIED BY '$password';
CREATE USER IF NOT EXISTS '$name'@'localhost' IDENTIFIED BY '$password';
GRANT ALL ON \`$name\`.* TO '$name'@'127.0.0.1';
GRANT ALL ON \`$name\`.* TO '$name'@'localhost';
SQL
}

build_backend() {
  log "Building the API (Maven wrapper)"
  (cd "$ROOT/backend" && ./mvnw -B -ntp -q package -DskipTests)
}

install_frontend() {
  if [ ! -d "$ROOT/frontend/node_modules" ] || [ "$ROOT/frontend/package-lock.json" -nt "$ROOT/frontend/node_modules/.package-lock.json" ]; then
    log "Installing dashboard packages (npm ci)"
    (cd "$ROOT/frontend" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
}

# Points the built dashboard at an API without rebuilding it.
configure_dashboard() {
  local api_url=$1
  printf 'window.SEND_INSIGHT_CONFIG = { apiBaseUrl: "%s" };\n' "$api_url" >"$ROOT/frontend/dist/config.js"
}
