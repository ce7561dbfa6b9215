import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './session';
import { TemporaryPasswordPage } from './TemporaryPasswordPage';

/**
 * Routes inside need a session; without one, the login page (which brings the person back here).
 * With a temporary password set by an administrator, only its replacement, whatever the route;
 * then the page asked for.
 */
export function RequireAuth() {
  const { token, mustChangePassword } = useSession();
  const location = useLocation();
  if (!token) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (mustChangePassword) return <TemporaryPasswordPage />;
  return <Outlet />;
}
