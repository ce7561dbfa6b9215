# The web app: a static Vite build served by nginx, which also proxies the API (HTTP and websockets).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/package.json
COPY apps/web/package.json apps/web/package.json
COPY packages/domain/package.json packages/domain/package.json
COPY prisma prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.base.json ./
COPY packages packages
COPY apps/web apps/web
COPY apps/api/schema.gql apps/api/schema.gql
RUN npx vite build -c apps/web/vite.config.ts

FROM nginx:1.27-alpine
COPY --from=build /app/apps/web/dist /usr/share/nginx/html
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
