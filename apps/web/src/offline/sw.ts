// The service worker (issue 16): the built app from the cache, so Tribune opens without a network;
// a new version waits until the page asks for it (SKIP_WAITING, when the person accepts); the
// messages written offline leave when the network is back, even with every tab closed.
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { PrecacheEntry } from 'workbox-precaching';
import { OUTBOX_SYNC_TAG } from './outbox-store';
import { flushOutbox } from './sw-outbox';

interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface ServiceWorkerScope {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
  skipWaiting(): Promise<void>;
  location: Location;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'sync', listener: (event: ExtendableEvent & { tag: string }) => void): void;
}
// The worker's global scope (this module's own `self`: the web app's DOM typings do not have it).
declare const self: ServiceWorkerScope;

/** What the API answers (through the web server's proxy): never the app's page. */
export const API_PATHS = [/^\/graphql/, /^\/socket\.io\//, /^\/calendar\/[^/]+(\/[^/]+)?\.ics$/, /^\/attendance-record\//, /^\/health$/];

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
// Every page of the app is index.html (client-side routes), offline too.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: API_PATHS }));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The network is back (Background Sync): send the messages written offline, even with every tab closed.
self.addEventListener('sync', (event) => {
  if (event.tag === OUTBOX_SYNC_TAG) event.waitUntil(flushOutbox(self.location.origin));
});
