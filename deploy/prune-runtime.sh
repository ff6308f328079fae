#!/usr/bin/env bash
# Removes from an app's production folder (made by `pnpm deploy`) what the running app never loads:
# the images ship what runs, nothing else (docs/deploy.md, "Image sizes").
#
#   bash deploy/prune-runtime.sh /deploy/storefront
set -euo pipefail

app=${1:?"the deployed app's folder"}
store="$app/node_modules/.pnpm"
[ -d "$store" ] || { echo "$app has no node_modules/.pnpm: run pnpm deploy first" >&2; exit 1; }

# Whole packages:
# - the embedded PostgreSQL (about 60 MB of binaries) serves development only; production sets DATABASE_URL;
# - the Prisma CLI and what it alone uses (effect, TypeScript): migrations run from the tools image;
# - Sentry's CLI uploads source maps at build time, never at run time.
rm -rf "$store"/@embedded-postgres+* "$store"/prisma@* "$store"/effect@* "$store"/typescript@* "$store"/@sentry+cli*

# The Prisma client's runtime for the one database and the one engine in use (PostgreSQL, the
# query compiler of `engineType = "client"`): the other databases' and the library engine's
# WebAssembly builds are about 40 MB.
for runtime in "$store"/@prisma+client@*/node_modules/@prisma/client/runtime; do
  rm -f "$runtime"/query_engine_bg.* "$runtime"/*{mysql,sqlite,sqlserver,cockroachdb}*
done

# Source maps, type declarations and the tests' folders: read by editors and test runners only.
find "$store" \( -name '*.map' -o -name '*.d.ts' -o -name '*.d.mts' -o -name '*.d.cts' \) -type f -delete
rm -rf "$app"/e2e
