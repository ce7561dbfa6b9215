import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** System fonts only (no web fonts to download), and shades dark enough for WCAG AA text contrast. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 4 },
  autoContrast: true,
  focusRing: 'auto',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Ubuntu, Cantarell, "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontFamily: 'inherit',
    // Smaller on a phone, so a term's name fits on one line at 375 px.
    sizes: { h1: { fontSize: 'clamp(1.5rem, 1.1rem + 2vw, 2.125rem)', lineHeight: '1.25' } },
  },
  defaultRadius: 'md',
});

// Mantine's "dimmed" grey (gray.6) and its error red (red.6) are below 4.5:1 on white; use gray.7 and red.9.
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7], '--mantine-color-error': t.colors.red[9] },
  dark: {},
});
