import type { AuthUser } from '../auth/auth-user';

/**
 * Declared gender feeds parity and speaking-time statistics (their aggregates are computed on the
 * server); beside a name it is read only by the person themself and by administrators, never by
 * other deputies (DESIGN.md, Data and privacy). Every field that carries it next to a deputy asks here.
 */
export function mayReadDeclaredGender(viewer: AuthUser | undefined, deputyId: string): boolean {
  return !!viewer && (viewer.role === 'ADMIN' || viewer.deputyId === deputyId);
}
