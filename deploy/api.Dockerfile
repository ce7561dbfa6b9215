# The API: NestJS run from TypeScript through SWC (decorator metadata), migrations applied at start.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NX_DAEMON=false
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/package.json
COPY apps/web/package.json apps/web/package.json
COPY packages/domain/package.json packages/domain/package.json
COPY prisma prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund --include=dev
COPY tsconfig.base.json ./
COPY packages packages
COPY apps/api apps/api
RUN prisma/prisma-cli.sh generate
EXPOSE 3000
# --max-semi-space-size: fewer young-generation collections under load (see scripts/start.mjs).
CMD ["sh", "-c", "prisma/prisma-cli.sh migrate deploy && exec node --max-semi-space-size=32 -r ./apps/api/swc-register.js apps/api/src/main.ts"]
