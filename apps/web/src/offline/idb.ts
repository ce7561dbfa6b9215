/**
 * The app's one IndexedDB database, shared by the page and the service worker: `copies` holds
 * what stays readable offline (the Apollo cache, recent messages of channels, the session's token
 * for the worker), `outbox` the messages written and not acknowledged yet (one record per
 * clientId, src/live/transport/outbox.ts). A few promise helpers; no library.
 */
export const DB_NAME = 'tribune';
const VERSION = 1;
export type StoreName = 'copies' | 'outbox';

let opening: Promise<IDBDatabase> | null = null;

export function idbAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

export function openDatabase(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('copies')) db.createObjectStore('copies');
      if (!db.objectStoreNames.contains('outbox')) db.createObjectStore('outbox', { keyPath: 'clientId' }).createIndex('userId', 'userId');
    };
    req.onsuccess = () => {
      const db = req.result;
      // Another tab's newer version of the app upgrades the database: let it, reopen on next use.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    req.onerror = () => {
      opening = null;
      reject(req.error ?? new Error('IndexedDB refused'));
    };
  });
  return opening;
}

function done<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

async function run<T>(store: StoreName, mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDatabase();
  const tx = db.transaction(store, mode);
  const result = done(work(tx.objectStore(store)));
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
  });
  return result;
}

export const idb = {
  get: <T>(store: StoreName, key: IDBValidKey) => run(store, 'readonly', (s) => s.get(key) as IDBRequest<T | undefined>),
  put: (store: StoreName, value: unknown, key?: IDBValidKey) => run(store, 'readwrite', (s) => s.put(value, key)).then(() => undefined),
  delete: (store: StoreName, key: IDBValidKey | IDBKeyRange) => run(store, 'readwrite', (s) => s.delete(key)),
  /** Every record of an index value (the outbox of one person). */
  getAllBy: <T>(store: StoreName, index: string, value: IDBValidKey) =>
    run(store, 'readonly', (s) => s.index(index).getAll(value) as IDBRequest<T[]>),
  /** Keys starting with `prefix` (a person's copies). */
  deletePrefix: (store: StoreName, prefix: string) =>
    run(store, 'readwrite', (s) => s.delete(IDBKeyRange.bound(prefix, `${prefix}\uffff`))),
};
