import '@testing-library/jest-dom/vitest';
import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { registerMessages } from '../i18n';
import { en } from '../i18n/locales/en';
import { ar } from '../i18n/locales/ar';
import { fr } from '../i18n/locales/fr';
import { frReasons } from '../i18n/locales/reasons.fr';

// The app fetches English and Arabic when chosen, and French refusal sentences after the first render; tests have them at once.
registerMessages({ fr: { ...fr, reasons: frReasons }, en, ar });

// findBy*/waitFor give up after 1 s by default: a lazily loaded page, transformed on first import
// while the API suites and the browser tests share the 2 cores (npm test's lanes), can take longer.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// jsdom lacks what Mantine measures with.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
window.HTMLElement.prototype.scrollIntoView = () => {};
// Mantine's autosize textarea listens for web fonts loading.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => undefined, removeEventListener: () => undefined, ready: Promise.resolve() },
  });
}
