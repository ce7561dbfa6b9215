import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from './session';

/** Routes inside need a session; without one, the login page (which brings the person back here). */
export function RequireAuth() {
  const { token } = useSession();
  const location = useLocation();
  if (!token) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}
