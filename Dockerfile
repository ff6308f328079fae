# syntax=docker/dockerfile:1.7
# One Dockerfile, four images (docs/deploy.md):
#   docker build --target storefront -t comptoir-storefront .
#   docker build --target admin      -t comptoir-admin .
#   docker build --target worker     -t comptoir-worker .
#   docker build --target tools      -t comptoir-tools .   # pnpm db:migrate, db:backup, db:restore
# Each runtime image holds one app and its own production dependencies only.

ARG NODE_IMAGE=node:20-slim
ARG PNPM_VERSION=10.34.9

# ── Dependencies: downloaded from the lockfile alone, so this layer survives source changes ──────
FROM ${NODE_IMAGE} AS pnpm
ARG PNPM_VERSION
ENV PNPM_HOME=/pnpm \
    PATH=/pnpm:$PATH \
    CI=1 \
    TURBO_TELEMETRY_DISABLED=1 \
    DO_NOT_TRACK=1
RUN npm install --global --no-fund --no-audit "pnpm@${PNPM_VERSION}"
WORKDIR /app

FROM pnpm AS fetch
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
COPY patches ./patches
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store pnpm fetch --store-dir=/pnpm/store

# ── Build: every dependency, then turbo builds the two Remix apps (and what they depend on) ──────
FROM fetch AS build
COPY . .
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --offline --store-dir=/pnpm/store
ENV NODE_ENV=production
RUN pnpm turbo run build --filter=@comptoir/storefront --filter=@comptoir/admin

# ── One folder per app: its own production dependencies, its build, the migrations ─────────────
# `pnpm deploy` copies an app with the production dependencies of its own dependency tree only (not
# the whole workspace's: no Playwright, Turborepo or Prettier), workspace packages included, from
# this stage where the builds and the generated Prisma client are. deploy/prune-runtime.sh then
# removes what never runs (the embedded PostgreSQL, the Prisma and Sentry CLIs, other databases'
# Prisma engines, source maps, type declarations). /readyz compares the migrations folder with the
# database, so each app carries prisma/migrations. `pnpm deploy` needs workspace packages injected
# (copied, not linked): this stage installs once more in that mode, offline, so every version is
# still the lockfile's.
FROM build AS deploy
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --offline --config.inject-workspace-packages=true --store-dir=/pnpm/store \
 && for app in storefront admin worker; do \
      pnpm --filter="@comptoir/${app}" deploy --prod --offline --config.inject-workspace-packages=true \
        --store-dir=/pnpm/store "/deploy/${app}" \
      && bash deploy/prune-runtime.sh "/deploy/${app}" \
      && mkdir -p "/deploy/${app}/prisma" && cp -r prisma/migrations "/deploy/${app}/prisma/" \
      || exit 1; \
    done

# ── Runtime base: Node, our files owned by root (the app cannot rewrite itself), run as `node` ───
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
# Two glibc memory arenas instead of up to eight per core, and fixed thresholds for returning freed
# native memory: resident memory under load about 25 + 10 MB lower per server, for the same CPU.
# A young generation of two 8 MB semi-spaces instead of 16: about 35 MB less, for 3-6% more CPU.
# packages/env/src/server-process.js says why, and sets the same for `pnpm start` and the benchmark.
# Setting NODE_OPTIONS at deploy replaces this one: keep --max-semi-space-size=8 in it.
ENV MALLOC_ARENA_MAX=2 \
    MALLOC_MMAP_THRESHOLD_=131072 \
    MALLOC_TRIM_THRESHOLD_=1048576 \
    NODE_OPTIONS=--max-semi-space-size=8
WORKDIR /app
USER node

FROM runtime AS storefront
COPY --from=deploy /deploy/storefront /app
ENV PORT=3000
EXPOSE 3000
# /healthz answers while the process serves requests; /readyz (checked by the proxy) also checks the
# database. Node 20 has fetch, so the slim image needs no curl.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node itself as PID 1 (no npm/pnpm wrapper), so SIGTERM reaches the server's graceful shutdown.
CMD ["node", "server.js"]

FROM runtime AS admin
COPY --from=deploy /deploy/admin /app
ENV PORT=3001
EXPOSE 3001
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "server.js"]

FROM runtime AS worker
COPY --from=deploy /deploy/worker /app
# The worker serves no pages; its /healthz and /readyz answer on an internal port only.
ENV WORKER_HEALTH_PORT=9464
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.WORKER_HEALTH_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "--import", "tsx", "src/main.ts"]

# ── Tools: migrations, seed, backups. Full dependencies (tsx, the Prisma CLI) and the PostgreSQL
# client of the server's major version, from the PostgreSQL project's apt repository (Debian's is older).
FROM build AS tools
ARG PG_CLIENT_MAJOR=18
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-common ca-certificates \
 && /usr/share/postgresql-common/pgdg/apt.postgresql.org.sh -y \
 && apt-get install -y --no-install-recommends "postgresql-client-${PG_CLIENT_MAJOR}" \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /backups && chown node:node /backups
ENV BACKUP_DIR=/backups
USER node
CMD ["pnpm", "db:migrate"]
