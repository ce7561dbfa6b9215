import { BrowserRouter } from 'react-router';
import { AppProviders } from './providers';
import { AppRoutes } from './routes';
import { UpdateNotice } from '../offline/UpdateNotice';

export function App() {
  return (
    <AppProviders>
      <BrowserRouter>
        <AppRoutes />
        <UpdateNotice />
      </BrowserRouter>
    </AppProviders>
  );
}
