import { useSyncExternalStore } from 'react';

/**
 * The session: the bearer token (kept in localStorage so a reload stays logged in) and why
 * the last one ended. A plain store rather than React state, because the Apollo links read
 * and end it outside React.
 */
export type SessionNotice = 'expired' | 'loggedOut' | null;
export interface SessionState {
  token: string | null;
  notice: SessionNotice;
}

const TOKEN_KEY = 'tribune.token';
const listeners = new Set<() => void>();

function readToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

let state: SessionState = { token: readToken(), notice: null };

function set(next: SessionState) {
  state = next;
  try {
    if (next.token) localStorage.setItem(TOKEN_KEY, next.token);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage refused: the session lasts as long as the page.
  }
  listeners.forEach((l) => l());
}

export const session = {
  get: (): SessionState => state,
  token: (): string | null => state.token,
  start(token: string) {
    set({ token, notice: null });
  },
  /** The server refused the token: drop it, and tell the person why they see the login page. */
  expire() {
    if (state.token) set({ token: null, notice: 'expired' });
  },
  logout() {
    set({ token: null, notice: 'loggedOut' });
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  /** Tests: start from a known state. */
  reset(token: string | null = readToken()) {
    state = { token, notice: null };
    listeners.forEach((l) => l());
  },
};

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.get, session.get);
}
