/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker (its own chunk, loaded after the first screen). A new version
 * waiting calls `onNewVersion` with the function that installs it and reloads the page: the
 * person chooses when (prompt mode), never in the middle of what they are doing.
 */
export function registerServiceWorker(onNewVersion: (install: () => void) => void): void {
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => onNewVersion(() => void update(true)),
  });
}
