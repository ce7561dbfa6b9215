import type { Page } from 'playwright-core';

export interface StoredOutboxEntry {
  clientId: string;
  body: string;
  status: string;
}

/**
 * The page's outbox as the app keeps it (IndexedDB `tribune`, store `outbox`, shared with the
 * service worker), read once it holds `count` messages (its writes follow the screen by a moment),
 * or after 5 s whatever it holds.
 */
export async function outboxOf(page: Page, count: number): Promise<StoredOutboxEntry[]> {
  for (let tries = 0; ; tries++) {
    const entries = await page.evaluate(
      () =>
        new Promise<StoredOutboxEntry[]>((resolve, reject) => {
          const open = indexedDB.open('tribune');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('outbox')) return resolve([]);
            const all = db.transaction('outbox').objectStore('outbox').getAll();
            all.onsuccess = () => resolve(all.result as StoredOutboxEntry[]);
            all.onerror = () => reject(all.error);
          };
        }),
    );
    if (entries.length === count || tries >= 50) return entries;
    await page.waitForTimeout(100);
  }
}
