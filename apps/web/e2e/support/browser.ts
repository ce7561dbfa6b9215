import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { RESULTS_DIR } from './paths';

/** Debian's chromium, driven by playwright-core (no downloaded browsers on this machine). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's WCAG 2.x A/AA rules; returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
}

/** Full-page screenshots at a phone width (375 px) and a desktop width (1280 px). */
export async function screenshots(page: Page, name: string): Promise<string[]> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const files: string[] = [];
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 800 });
    const file = path.join(RESULTS_DIR, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    files.push(file);
  }
  return files;
}

/** The page is no wider than the viewport (nothing to scroll sideways on a phone). */
export function hasHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Waits until an open dialog has faded in (it and every ancestor fully opaque): half-transparent text fails axe's contrast rule. */
export async function dialogSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const dialog = document.querySelector('[role="dialog"]');
    if (!dialog) return false;
    for (let el: Element | null = dialog; el; el = el.parentElement) if (getComputedStyle(el).opacity !== '1') return false;
    return true;
  });
}

/**
 * Opens a meeting's session with its button (`Ouvrir la séance` / `Ouvrir la réunion`). A meeting
 * more than 2 hours from its start asks first (issue 12: no absences by two misclicks); this
 * answers "open now" when asked, and waits until the session is live (the close button shows).
 */
export async function openSession(page: Page, button: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  const early = page.getByRole('dialog', { name: 'Ouvrir la réunion en avance ?' });
  const live = page.getByRole('button', { name: /^Clore la (séance|réunion)$/ });
  await early.or(live).first().waitFor();
  if (await early.isVisible()) await early.getByRole('button', { name: 'Ouvrir maintenant' }).click();
  await live.waitFor();
}
