import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import './app/app.css';
import { App } from './app/App';
import { preloadLanguage } from './i18n';
import { loadCacheCopy } from './offline/persisted-cache';
import { followSessionOffline } from './offline/offline-session';

// The saved language's messages first (English and Arabic are fetched on demand), so the first
// screen is not shown in French; without a network the app starts in French all the same. And the
// copy of what the person last read (offline/persisted-cache.ts), so it shows at once, online or not.
followSessionOffline();
void Promise.all([preloadLanguage().catch(() => undefined), loadCacheCopy()]).finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
