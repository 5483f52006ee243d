# MusicRoom: one image serving the API, the Socket.IO gateway and the web SPA.
# `npm run check:deploy` checks this file and rehearses its build and boot without Docker: keep RUN steps of
# the build stages relative to WORKDIR and in plain `sh`.

FROM node:24-bookworm-slim AS base
WORKDIR /app

# Dependencies first, so the layer is reused until package.json or the lockfile changes.
FROM base AS deps
# The web client is an npm workspace: its package.json must be there for the root lockfile to install.
COPY package.json package-lock.json ./
COPY client-web/package.json client-web/
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
# Builds the server and the web SPA (client-web/dist), which the server serves at /.
RUN npm run build
RUN npm prune --omit=dev --no-audit --no-fund

FROM base AS runtime
# tini as PID 1 forwards SIGTERM to node (which drains connections) and reaps zombies.
RUN apt-get update \
 && apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production
# Code stays owned by root (read-only for the app); only the data dir is writable by `node`.
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/client-web/dist ./client-web/dist
RUN mkdir -p /app/.data && chown node:node /app/.data
VOLUME /app/.data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/bin/tini", "--"]
# As `npm start`: --liftoff-only keeps the embedded database's WebAssembly on V8's baseline compiler, and
# --max-semi-space-size=4 caps V8's young generation at 4 MB per semi-space (see README, "Cold start").
CMD ["node", "--liftoff-only", "--max-semi-space-size=4", "dist/src/main.js"]
