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
  /** The password is a temporary one set by an administrator: nothing works until it is replaced. */
  mustChangePassword: boolean;
}

const TOKEN_KEY = 'tribune.token';
const MUST_CHANGE_KEY = 'tribune.mustChangePassword';
const listeners = new Set<() => void>();

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
const readToken = () => read(TOKEN_KEY);

let state: SessionState = { token: readToken(), notice: null, mustChangePassword: !!readToken() && read(MUST_CHANGE_KEY) === 'true' };
/** Password changes under way: their old token is refused meanwhile, which ends nothing. */
let renewing = 0;

function set(next: SessionState) {
  state = next;
  try {
    if (next.token) localStorage.setItem(TOKEN_KEY, next.token);
    else localStorage.removeItem(TOKEN_KEY);
    if (next.token && next.mustChangePassword) localStorage.setItem(MUST_CHANGE_KEY, 'true');
    else localStorage.removeItem(MUST_CHANGE_KEY);
  } catch {
    // Storage refused: the session lasts as long as the page.
  }
  listeners.forEach((l) => l());
}

export const session = {
  get: (): SessionState => state,
  token: (): string | null => state.token,
  start(token: string, o: { mustChangePassword?: boolean } = {}) {
    set({ token, notice: null, mustChangePassword: o.mustChangePassword ?? false });
  },
  /** The server said the password is a temporary one (TEMPORARY_PASSWORD): only its replacement is shown. */
  requirePasswordChange() {
    if (state.token && !state.mustChangePassword) set({ ...state, mustChangePassword: true });
  },
  /**
   * Runs a change of this session's token (changePassword): the server ends every session of
   * the account, this one's socket included, before the new token arrives; that refusal of the
   * old token does not end the session meanwhile.
   */
  async renew<T>(work: Promise<T>): Promise<T> {
    renewing++;
    try {
      return await work;
    } finally {
      renewing--;
    }
  },
  /** The server refused the token: drop it, and tell the person why they see the login page. */
  expire() {
    if (renewing > 0) return;
    if (state.token) set({ token: null, notice: 'expired', mustChangePassword: false });
  },
  logout() {
    set({ token: null, notice: 'loggedOut', mustChangePassword: false });
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  /** Tests: start from a known state. */
  reset(token: string | null = readToken()) {
    state = { token, notice: null, mustChangePassword: false };
    renewing = 0;
    listeners.forEach((l) => l());
  },
};

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.get, session.get);
}
