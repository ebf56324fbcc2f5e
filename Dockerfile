# The Crossroads production server (`npm start`, server/index.mjs) as an image, for
# docker-compose.production.yml. Built and run nowhere on the machines this project is made on
# (no Docker there): see docs/deployment.md for what was checked.
#
#   docker build -t crossroads .
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# REDIS_URL is deliberately unset here: the build renders into the image, Redis is a runtime matter.
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0 PORT=3000 MEDIA_DIR=/var/lib/crossroads/media
RUN mkdir -p /var/lib/crossroads/media && chown -R node:node /var/lib/crossroads /app
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
# The server stops cleanly on SIGTERM (docker stop); Node itself is PID 1's only child.
CMD ["node", "--max-semi-space-size=64", "server/index.mjs"]
