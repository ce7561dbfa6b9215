import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import './app/app.css';
import { App } from './app/App';
import { preloadLanguage } from './i18n';

// The saved language's messages first (English and Arabic are fetched on demand), so the first
// screen is not shown in French; without a network the app starts in French all the same.
void preloadLanguage()
  .catch(() => undefined)
  .finally(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
