import { Role } from '@tribune/domain';

/** The authenticated caller, as the guard loaded it for this request. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
  deputyId: string | null;
  /** Loaded with the token check (the guard's one query), so `me` needs no second query. */
  displayName?: string;
  locale?: string;
  /** An administrator reset the password: only `me` and `changePassword` answer until it is replaced. */
  mustChangePassword?: boolean;
}
