/// <reference types="vitest/config" />
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { graphqlDocuments } from './graphql-documents.plugin';

const root = path.dirname(fileURLToPath(import.meta.url));
const apiUrl = process.env.API_URL || 'http://localhost:3000';
const port = Number(process.env.WEB_PORT || 4200);

// Everything the API serves goes through the web server, so the browser talks to one origin.
// xfwd: the API sees the client's address in X-Forwarded-For (its login limits count by it), not 127.0.0.1.
const proxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiUrl, changeOrigin: true, xfwd: true },
  '/socket.io': { target: apiUrl, changeOrigin: true, xfwd: true, ws: true },
  // Only the feed (/calendar/<token>.ics): /calendar itself is the web app's calendar page.
  '^/calendar/[^/]+\\.ics$': { target: apiUrl, changeOrigin: true, xfwd: true },
  // One meeting's own file (/calendar/<token>/<meetingId>.ics: "Ajouter à mon agenda" on a meeting's page).
  '^/calendar/[^/]+/[^/]+\\.ics$': { target: apiUrl, changeOrigin: true, xfwd: true },
  // The administrators' CSV export (/attendance-record/<termId>.csv); /records is the web app's.
  '^/attendance-record/[^/]+\\.csv(\\?.*)?$': { target: apiUrl, changeOrigin: true, xfwd: true },
  '/health': { target: apiUrl, changeOrigin: true, xfwd: true },
  // The one-click unsubscribe link of notification mails (/unsubscribe/<token>).
  '^/unsubscribe/[^/]+$': { target: apiUrl, changeOrigin: true, xfwd: true },
};

/**
 * Installable and usable offline (issue 16): the web app manifest and a service worker
 * (src/offline/sw.ts, Workbox) that precaches the built app, so Tribune opens without a network
 * and from the home screen. A new version waits until the person accepts it (prompt): nothing is
 * swapped under their feet in the middle of a sitting. The page registers it itself, after the
 * first screen (src/offline/register.ts): workbox-window stays out of the first download.
 */
function pwa() {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/offline',
    filename: 'sw.ts',
    registerType: 'prompt',
    injectRegister: false,
    manifest: {
      id: '/',
      name: 'Tribune',
      short_name: 'Tribune',
      description: 'Tribune, la plateforme de travail du parlement des personnes exilées.',
      lang: 'fr',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      orientation: 'any',
      theme_color: '#3b5bdb',
      background_color: '#ffffff',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    injectManifest: {
      // The whole app (about 375 kB gzipped): every page opens offline once the app was opened online.
      globPatterns: ['**/*.{js,css,html,webmanifest}', 'icons/*.{png,svg}'],
      maximumFileSizeToCacheInBytes: 1024 * 1024,
    },
    devOptions: { enabled: false },
  });
}

export default defineConfig({
  root,
  cacheDir: path.resolve(root, '../../node_modules/.vite/apps-web'),
  plugins: [graphqlDocuments(path.resolve(root, 'src/gql')), react(), pwa()],
  resolve: {
    alias: { '@tribune/domain': path.resolve(root, '../../packages/domain/src/index.ts') },
  },
  server: { host: process.env.WEB_HOST || 'localhost', port, strictPort: true, proxy },
  preview: { host: process.env.WEB_HOST || 'localhost', port, strictPort: true, proxy },
  build: {
    outDir: path.resolve(root, 'dist'),
    emptyOutDir: true,
    sourcemap: true,
    reportCompressedSize: true,
    // Raw size of one file; the budget that matters (initial JS gzipped) is checked by scripts/build.mjs.
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            {
              name: 'apollo',
              test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib|@graphql-typed-document-node)[\\/]/,
              priority: 20,
            },
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine[\\/](core|hooks|notifications)|@floating-ui|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|react-number-format|react-textarea-autosize|clsx|get-nonce|detect-node-es|tabbable)[\\/]/,
              priority: 15,
            },
            // What every first visit needs; a library used by pages loaded later (dates, calendars) stays with them.
            {
              name: 'vendor',
              test: /node_modules[\\/](react-router|i18next|react-i18next|use-sync-external-store)[\\/]/,
              priority: 10,
            },
            // The live connection's library, loaded when a screen first needs the socket (live/transport/socket.ts).
            {
              name: 'socket',
              test: /node_modules[\\/](socket\.io-client|socket\.io-parser|engine\.io-client|engine\.io-parser|@socket\.io)[\\/]/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
  test: {
    root,
    environment: 'jsdom',
    include: ['src/**/*.spec.tsx', 'src/**/*.spec.ts'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    restoreMocks: true,
    // CI runs these beside the API's suites on 2 cores, and pages load lazily: 5 s was too tight.
    testTimeout: 20000,
    reporters: ['default', path.resolve(root, '../../tools/vitest-count-reporter.mjs')],
  },
});
