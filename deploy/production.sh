#!/usr/bin/env bash
# The production stack on this machine, from Debian and PyPI packages:
#   nginx (static files, X-Accel media, a page cache purged by Wagtail on publish)
#   -> gunicorn (portal.settings.base: DEBUG off) -> PgBouncer (transaction pooling)
#   -> PostgreSQL, with Redis as the cache.
# Usage: deploy/production.sh [start|stop|status] [--detach]
#   start (default) runs in the foreground until Ctrl-C; --detach returns once it answers.
# Every runtime file (configs, pids, logs, the cache, the generated secret key) is under .run/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
RUN="$ROOT/.run"
PY="$ROOT/.venv/bin/python"

LISTEN="${PRODUCTION_LISTEN:-127.0.0.1:8080}"
GUNICORN_BIND="${GUNICORN_BIND:-127.0.0.1:8001}"
PGBOUNCER_PORT="${PGBOUNCER_PORT:-6432}"
PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-5432}"
PG_USER="${PG_USER:-postgres}"
DB_NAME="${PRODUCTION_DB_NAME:-opentori_production}"
REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379/2}"
UPSTREAM="http://portal"  # nginx's name for the gunicorn upstream (deploy/nginx.conf.in)
# Sync workers wait on PostgreSQL and Redis for much of a request, so more workers than cores
# keep the cores busy: gunicorn's rule of thumb, 2 x cores + 1.
WORKERS="${GUNICORN_WORKERS:-$((2 * $(nproc) + 1))}"
# Seconds to keep a response that says nothing about caching (0: only what the portal allows).
DEFAULT_TTL="${FRONT_CACHE_DEFAULT_TTL:-0}"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_packages() {
  local missing=()
  command -v nginx >/dev/null || missing+=(nginx-light)
  [ -e /usr/lib/nginx/modules/ngx_http_cache_purge_module.so ] ||
    missing+=(libnginx-mod-http-cache-purge)
  command -v pgbouncer >/dev/null || missing+=(pgbouncer)
  command -v wrk >/dev/null || missing+=(wrk)
  # RUM ranks search results from the index (search/text/backend.py): one package per server.
  for version in $(ls /etc/postgresql 2>/dev/null); do
    [ -e "/usr/share/postgresql/$version/extension/rum.control" ] ||
      missing+=("postgresql-$version-rum")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing ${missing[*]} from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}"
  fi
}

fill() {  # fill TEMPLATE OUTPUT: replace @NAME@ with the values above
  sed -e "s|@RUN@|$RUN|g" -e "s|@LISTEN@|$LISTEN|g" -e "s|@GUNICORN_BIND@|$GUNICORN_BIND|g" \
    -e "s|@UPSTREAM@|$UPSTREAM|g" \
    -e "s|@STATIC_ROOT@|$ROOT/static_collected|g" -e "s|@MEDIA_ROOT@|$ROOT/media|g" \
    -e "s|@NGINX_MODULES@|/usr/lib/nginx/modules|g" -e "s|@USER_LINE@|$USER_LINE|g" \
    -e "s|@DEFAULT_TTL_LINE@|$TTL_LINE|g" -e "s|@DEFAULT_TTL_COMMENT@|$TTL_COMMENT|g" \
    -e "s|@DB_NAME@|$DB_NAME|g" -e "s|@PG_HOST@|$PG_HOST|g" -e "s|@PG_PORT@|$PG_PORT|g" \
    -e "s|@PG_USER@|$PG_USER|g" -e "s|@PGBOUNCER_PORT@|$PGBOUNCER_PORT|g" "$1" >"$2"
}

write_env() {
  umask 077
  [ -s "$RUN/secret-key" ] || "$PY" -c 'import secrets; print(secrets.token_urlsafe(50))' \
    >"$RUN/secret-key"
  local port="${LISTEN##*:}"
  cat >"$RUN/env" <<ENV
DJANGO_SETTINGS_MODULE=portal.settings.base
SECRET_KEY=$(cat "$RUN/secret-key")
DEBUG=false
ALLOWED_HOSTS=127.0.0.1,localhost
CSRF_TRUSTED_ORIGINS=http://127.0.0.1:$port,http://localhost:$port
SECURE_SSL_REDIRECT=false
SECURE_HSTS_SECONDS=0
SESSION_COOKIE_SECURE=false
CSRF_COOKIE_SECURE=false
TRUSTED_PROXY_COUNT=1
DATABASE_URL=postgres://$PG_USER@127.0.0.1:$PGBOUNCER_PORT/$DB_NAME
DATABASE_TRANSACTION_POOLING=true
DATABASE_DIRECT_URL=postgres://$PG_USER@$PG_HOST:$PG_PORT/$DB_NAME
REDIS_URL=$REDIS_URL
FRONTEND_CACHE_PURGE_URL=http://$LISTEN
MEDIA_X_ACCEL_REDIRECT=/protected-media/
WAGTAILADMIN_BASE_URL=http://$LISTEN
EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend
PRODUCTION_URL=http://$LISTEN
GUNICORN_URL=http://$GUNICORN_BIND
ENV
  umask 022
  # PRODUCTION_REPLICA=1: anonymous reading from a streaming replica (deploy/replica.sh).
  if [ "${PRODUCTION_REPLICA:-0}" = 1 ]; then
    REPLICA_DB_NAME="$DB_NAME" bash deploy/replica.sh start | grep '^DATABASE_REPLICA_URL=' \
      >>"$RUN/env"
  fi
}

load_env() { set -a; . "$RUN/env"; set +a; }

pid_of() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null && cat "$1"; }

stop() {
  local name file pid
  for name in nginx/nginx gunicorn pgbouncer/pgbouncer; do
    file="$RUN/$name.pid"
    if pid="$(pid_of "$file")"; then
      kill -TERM "$pid"
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      echo "stopped ${name##*/} (pid $pid)"
    fi
    rm -f "$file"
  done
}

status() {
  local name pid ok=0
  for name in nginx/nginx gunicorn pgbouncer/pgbouncer; do
    if pid="$(pid_of "$RUN/$name.pid")"; then echo "${name##*/}: running, pid $pid"
    else echo "${name##*/}: not running"; ok=1; fi
  done
  return "$ok"
}

wait_for() {  # wait_for URL: until it answers 200
  for _ in $(seq 1 100); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "$1 does not answer" >&2
  return 1
}

start() {
  local detach="$1"
  install_packages
  mkdir -p "$RUN"/nginx/tmp "$RUN"/pgbouncer "$RUN"/static-copy
  stop >/dev/null
  write_env
  load_env
  # Uploads and collected files are 0640 (FILE_UPLOAD_PERMISSIONS): nginx's workers read them
  # through the portal's group, as nginx would on a server.
  if [ "$(id -u)" = 0 ]; then USER_LINE="user www-data $(id -gn);"; else USER_LINE=""; fi
  if [ "$DEFAULT_TTL" != 0 ]; then
    TTL_LINE="proxy_cache_valid 200 301 404 ${DEFAULT_TTL}s;"
    TTL_COMMENT="a response that says nothing is kept ${DEFAULT_TTL} s."
  else
    TTL_LINE=""
    TTL_COMMENT="a response that says nothing is not kept."
  fi

  # The database, its schema, the demo content and the static files (straight to PostgreSQL).
  bash .ci/test-services "$DATABASE_DIRECT_URL" >/dev/null
  # (No purge yet: nginx starts below with an empty cache.)
  local direct=(env DATABASE_URL="$DATABASE_DIRECT_URL" FRONTEND_CACHE_PURGE_URL=)
  "${direct[@]}" "$PY" manage.py migrate --noinput -v 0
  "${direct[@]}" "$PY" manage.py oai_sync
  if [ "${PRODUCTION_DEMO:-1}" = 1 ]; then
    "${direct[@]}" "$PY" manage.py load_demo | tail -n 3
  fi
  "$PY" manage.py collectstatic --noinput -v 0

  # PgBouncer (it will not run as root: as the postgres user then).
  fill deploy/pgbouncer.ini.in "$RUN/pgbouncer/pgbouncer.ini"
  echo "\"$PG_USER\" \"\"" >"$RUN/pgbouncer/userlist.txt"
  if [ "$(id -u)" = 0 ]; then
    chown -R postgres "$RUN/pgbouncer"
    pgbouncer -d -u postgres "$RUN/pgbouncer/pgbouncer.ini"
  else
    pgbouncer -d "$RUN/pgbouncer/pgbouncer.ini"
  fi

  # gunicorn
  local daemon=()
  [ "$detach" = 1 ] && daemon=(--daemon)
  "$ROOT/.venv/bin/gunicorn" portal.wsgi --workers "$WORKERS" --bind "$GUNICORN_BIND" \
    --preload --max-requests 5000 --max-requests-jitter 500 --timeout 60 \
    --pid "$RUN/gunicorn.pid" --error-logfile "$RUN/gunicorn.log" \
    --access-logfile "$RUN/gunicorn-access.log" "${daemon[@]}" &
  local gunicorn_job=$!

  # nginx
  rm -rf "$RUN/nginx/cache"
  fill deploy/nginx.conf.in "$RUN/nginx/nginx.conf"
  nginx -q -t -c "$RUN/nginx/nginx.conf" -p "$RUN/nginx" -e "$RUN/nginx/error.log"
  nginx -c "$RUN/nginx/nginx.conf" -p "$RUN/nginx" -e "$RUN/nginx/error.log"

  wait_for "$GUNICORN_URL/health/"
  wait_for "$PRODUCTION_URL/health/"
  cat <<MSG

Opentori runs in production mode at $PRODUCTION_URL/ (admin: $PRODUCTION_URL/admin/)
  nginx      $LISTEN  pid $(cat "$RUN/nginx/nginx.pid")  cache + static + media; log .run/nginx/access.log, .run/nginx/error.log
  gunicorn   $GUNICORN_BIND  pid $(cat "$RUN/gunicorn.pid")  $WORKERS workers; log .run/gunicorn.log, .run/gunicorn-access.log
  pgbouncer  127.0.0.1:$PGBOUNCER_PORT  pid $(cat "$RUN/pgbouncer/pgbouncer.pid")  -> PostgreSQL $PG_HOST:$PG_PORT/$DB_NAME; log .run/pgbouncer/pgbouncer.log
  redis      $REDIS_URL (cache and sessions)
  replica    ${DATABASE_REPLICA_URL:-none (PRODUCTION_REPLICA=1 starts one: deploy/replica.sh)}
Settings: .run/env (secret key in .run/secret-key). Stop with Ctrl-C or make production-stop.
MSG
  if [ "$detach" = 1 ]; then
    wait "$gunicorn_job" || true
    return 0
  fi
  trap 'echo; stop; exit 0' INT TERM
  wait "$gunicorn_job" || true
  stop
}

command="start"
detach=0
for arg in "$@"; do
  case "$arg" in
    start | stop | status) command="$arg" ;;
    --detach) detach=1 ;;
    *) echo "usage: $0 [start|stop|status] [--detach]" >&2; exit 2 ;;
  esac
done
case "$command" in
  start) start "$detach" ;;
  stop) stop ;;
  status) status ;;
esac
