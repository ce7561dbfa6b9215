#!/usr/bin/env bash
# Runs the Prisma CLI offline: the native engines it checks for at start-up are never executed
# with engine "js" (prisma.config.ts), so any existing file satisfies the check.
set -euo pipefail
export PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-$(command -v node)}"
export PRISMA_QUERY_ENGINE_LIBRARY="${PRISMA_QUERY_ENGINE_LIBRARY:-$(command -v node)}"
export PRISMA_HIDE_UPDATE_MESSAGE=1
export CHECKPOINT_DISABLE=1
# No DATABASE_URL: the embedded PGlite database. The schema still wants a URL to validate;
# the adapter chosen in prisma/cli-adapter.ts is what connects.
if [ -z "${DATABASE_URL:-}" ]; then
  export TRIBUNE_EMBEDDED=1
  export DATABASE_URL="postgresql://embedded.invalid/pglite"
fi
exec "$(dirname "$0")/../node_modules/.bin/prisma" "$@"
