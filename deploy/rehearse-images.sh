#!/usr/bin/env bash
# Runs the Dockerfile's stages on this machine, without Docker, and starts what the runtime images
# would start: a check of the build steps and of the production dependency set wherever no Docker
# daemon or registry is at hand (docs/deploy.md, "Rehearsing the images"). It does not replace a
# real image build: the base image, the `node` user and the HEALTHCHECKs are Docker's part.
#
#   DATABASE_URL=postgres://user@host:5432/postgres bash deploy/rehearse-images.sh
#
# DATABASE_URL names a server on which a scratch database `comptoir_rehearsal` is created, migrated
# and dropped. Needs pnpm and the committed tree (uncommitted changes are not rehearsed).
set -euo pipefail

repo=$(git rev-parse --show-toplevel)
server_url=${DATABASE_URL:?"DATABASE_URL must name a PostgreSQL server (a scratch database is created on it)"}
work=$(mktemp -d)
database="comptoir_rehearsal"
database_url="${server_url%/*}/${database}"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  psql "$server_url" -qc "DROP DATABASE IF EXISTS ${database} WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n── %s\n' "$*"; }

# The build context: what `git archive` holds, minus what .dockerignore keeps out of images.
step "context (committed tree, as .dockerignore filters it)"
mkdir -p "$work/context"
git -C "$repo" archive HEAD | tar -x -C "$work/context"
rm -rf "$work/context"/{Dockerfile,.dockerignore,.github} "$work/context"/docker-compose*.yml
find "$work/context/deploy" -mindepth 1 ! -name prune-runtime.sh -exec rm -rf {} +

# Stage `fetch`: the lockfile alone fills the store.
step "stage fetch: pnpm fetch"
store="$work/store"
(cd "$work/context" && pnpm fetch --store-dir="$store" >/dev/null)

# Stage `build`: every dependency offline, then Turborepo builds the two apps.
step "stage build: install --offline, turbo build"
cp -a "$work/context" "$work/build"
(cd "$work/build" && CI=1 pnpm install --frozen-lockfile --offline --store-dir="$store" >/dev/null)
(cd "$work/build" && NODE_ENV=production TURBO_TELEMETRY_DISABLED=1 \
  pnpm turbo run build --filter=@comptoir/storefront --filter=@comptoir/admin --output-logs=errors-only)

# Stage `deploy`: one folder per app with its own production dependencies, pruned, with the migrations.
step "stage deploy: pnpm deploy --prod per app, pruned"
inject=--config.inject-workspace-packages=true
(cd "$work/build" && pnpm install --offline "$inject" --store-dir="$store" >/dev/null)
for app in storefront admin worker; do
  (cd "$work/build" && pnpm --filter="@comptoir/${app}" deploy --prod --offline "$inject" --store-dir="$store" \
    "$work/deploy/${app}" >/dev/null)
  bash "$work/build/deploy/prune-runtime.sh" "$work/deploy/${app}"
  mkdir -p "$work/deploy/${app}/prisma"
  cp -r "$work/build/prisma/migrations" "$work/deploy/${app}/prisma/"
  # Symbolic links are counted as links: node_modules/.pnpm holds each package's files once.
  echo "what the ${app} image adds to ${NODE_IMAGE:-node:20-slim}: $(du -sh "$work/deploy/${app}" | cut -f1)"
done

# Stage `tools`: migrations from the build stage (full dependencies), as `docker compose run tools`.
step "tools: migrate a scratch database"
psql "$server_url" -qc "DROP DATABASE IF EXISTS ${database} WITH (FORCE)" >/dev/null
psql "$server_url" -qc "CREATE DATABASE ${database}" >/dev/null
(cd "$work/build" && DATABASE_URL="$database_url" pnpm db:migrate >/dev/null)

# The runtime images' commands, with a production configuration, from the deployed folders only.
production_env=(
  NODE_ENV=production
  DATABASE_URL="$database_url"
  PUBLIC_URL=https://shop.example
  COOKIE_SECRET="$(openssl rand -base64 48)"
  STRIPE_SECRET_KEY="sk_test_$(openssl rand -hex 16)"
  STRIPE_WEBHOOK_SECRET="whsec_$(openssl rand -hex 16)"
  SMTP_URL=smtp://127.0.0.1:2525
  MAIL_FROM="Comptoir <shop@shop.example>"
  TOTP_ENCRYPTION_KEY="$(openssl rand -base64 32)"
  LOG_LEVEL=warn
)

wait_for() { # url, name
  for _ in $(seq 1 100); do
    if curl -fsS -o /dev/null "$1"; then echo "$2: $1 answers"; return 0; fi
    sleep 0.3
  done
  echo "$2 did not answer at $1" >&2
  return 1
}

start() { # app, port variable, port, command...
  local app=$1 variable=$2 port=$3
  shift 3
  (cd "$work/deploy/$app" && exec env "${production_env[@]}" "$variable=$port" "$@") >"$work/$app.log" 2>&1 &
  pids+=($!)
}

step "runtime: storefront, admin and worker, each from its own folder"
start storefront PORT 3790 node server.js
start admin PORT 3791 node server.js
start worker WORKER_HEALTH_PORT 3792 node --import tsx src/main.ts
status=0
wait_for http://127.0.0.1:3790/readyz storefront || status=1
wait_for http://127.0.0.1:3791/readyz admin || status=1
wait_for http://127.0.0.1:3792/readyz worker || status=1
if [ "$status" -eq 0 ]; then
  page=$(curl -fsS -o /dev/null -w '%{http_code}' http://127.0.0.1:3790/fr)
  login=$(curl -fsS -o /dev/null -w '%{http_code}' http://127.0.0.1:3791/login)
  echo "storefront /fr: ${page}; admin /login: ${login}"
  [ "$page" = 200 ] && [ "$login" = 200 ] || status=1
fi
if [ "$status" -ne 0 ]; then
  for name in storefront admin worker; do
    printf '\n%s log:\n' "$name"
    tail -20 "$work/$name.log"
  done
  exit 1
fi
step "rehearsal passed"
