import { useEffect, useRef } from 'react';

/** Below Mantine's `md` breakpoint: the sitting's phone layout (tabs, composer docked at the bottom). */
export const PHONE_QUERY = '(max-width: 61.99em)';

/**
 * The composer is fixed at the bottom of a phone's screen (sitting.css), above the keyboard
 * (index.html's `interactive-widget=resizes-content`); its height, which grows with the text, is
 * kept in `--sitting-dock` on the container so the connection banner sits just above it and the
 * last message is never hidden behind it.
 */
export function useDockedComposer(active: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = ref.current;
    const composer = container?.querySelector<HTMLElement>('.live-composer');
    if (!active || !container || !composer || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => container.style.setProperty('--sitting-dock', `${composer.offsetHeight}px`));
    observer.observe(composer);
    return () => observer.disconnect();
  }, [active]);
  return ref;
}
