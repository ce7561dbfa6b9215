import { InMemoryCache, type NormalizedCacheObject } from '@apollo/client';
import { idb, idbAvailable } from './idb';

/**
 * What the person last saw stays readable offline (issue 16): the Apollo cache is copied to
 * IndexedDB a moment after it changes and put back at the next start, before the first screen.
 * The copy is one person's: it carries their id and is ignored for anyone else, and it is deleted
 * at logout. It keeps only what is worth reading offline (KEPT_FIELDS: home, groups, meetings and
 * their agendas, field reports) and stays under MAX_COPY_CHARS, dropping the least useful first.
 */

/** Root fields kept, most useful first (dropped from the end while the copy is too big). */
export const KEPT_FIELDS = ['me', 'workingGroups', 'meetings', 'fieldReports', 'meeting', 'workingGroup', 'currentTerm'];
/** About 2-3 MB of storage at most. */
export const MAX_COPY_CHARS = 1_000_000;
const KEY = 'apollo';
const SAVE_AFTER_MS = 1000;

export interface CacheCopy {
  userId: string;
  savedAt: string;
  data: NormalizedCacheObject;
}

/** The part of the cache worth keeping, within the size bound (null: nothing to keep). */
export function offlineSubset(data: NormalizedCacheObject, maxChars = MAX_COPY_CHARS): NormalizedCacheObject | null {
  const copy = new InMemoryCache();
  copy.restore(data);
  const root = (data.ROOT_QUERY ?? {}) as Record<string, unknown>;
  const fieldName = (key: string) => key.split(/[(:]/)[0];
  for (const key of Object.keys(root)) {
    const name = fieldName(key);
    if (name !== '__typename' && !KEPT_FIELDS.includes(name)) copy.evict({ id: 'ROOT_QUERY', fieldName: name });
  }
  copy.gc();
  const kept = [...KEPT_FIELDS];
  let result = copy.extract();
  while (JSON.stringify(result).length > maxChars && kept.length > 0) {
    copy.evict({ id: 'ROOT_QUERY', fieldName: kept.pop()! });
    copy.gc();
    result = copy.extract();
  }
  return kept.length > 0 ? result : null;
}

let loaded: CacheCopy | null = null;

/** Reads the copy (before the first screen): a few milliseconds, nothing when IndexedDB is missing or refuses. */
export async function loadCacheCopy(): Promise<void> {
  if (!idbAvailable()) return;
  try {
    loaded = (await idb.get<CacheCopy>('copies', KEY)) ?? null;
  } catch {
    loaded = null;
  }
}

export function deleteCacheCopy(): Promise<void> {
  loaded = null;
  return idbAvailable()
    ? idb
        .delete('copies', KEY)
        .then(() => undefined)
        .catch(() => undefined)
    : Promise.resolve();
}

/**
 * Puts the person's copy back into `cache`, then keeps the copy up to date with the cache's writes.
 * `userId()` says who is signed in now (null: nobody, nothing is kept).
 */
export function keepCacheOffline(cache: InMemoryCache, userId: () => string | null): void {
  const me = userId();
  if (loaded && me && loaded.userId === me) cache.restore(loaded.data);
  loaded = null;

  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    timer = null;
    const who = userId();
    if (!who) return;
    const data = offlineSubset(cache.extract());
    const write = data
      ? idb.put('copies', { userId: who, savedAt: new Date().toISOString(), data } satisfies CacheCopy, KEY)
      : deleteCacheCopy();
    void write.catch(() => undefined);
  };
  const changed = () => {
    if (!timer) timer = setTimeout(save, SAVE_AFTER_MS);
  };
  // Leaving or reloading the page within a second of a change: write the copy now, so the next
  // open does not start from the state before it.
  const flush = () => {
    if (!timer) return;
    clearTimeout(timer);
    save();
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flush();
    });
  }

  for (const method of ['write', 'modify', 'evict'] as const) {
    const original = cache[method].bind(cache) as (...args: unknown[]) => unknown;
    (cache as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const result = original(...args);
      changed();
      return result;
    };
  }
  const reset = cache.reset.bind(cache);
  cache.reset = async (options) => {
    if (timer) clearTimeout(timer);
    timer = null;
    await deleteCacheCopy();
    return reset(options);
  };
}
