// Helpers for the classroom UI specs (ui-*.spec.ts): the two screen sizes, screenshots under test-results/ui/, and an
// axe scan that fails on serious or critical violations only.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const SIZES = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1366, height: 900 },
} as const;
export type SizeName = keyof typeof SIZES;

export const SCREENSHOT_DIR = 'test-results/ui';

/** A fresh room at a low fixed difficulty: blocks in milliseconds, so tests are about the page, not hashing. */
export function uiRoom(prefix: string, difficulty = 4): string {
  return `/?room=${prefix}-${Math.random().toString(36).slice(2, 8)}&difficulty=${difficulty}&signal=none`;
}

export async function ready(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await window.blockchain?.ready;
  });
  await expect(page.locator('#section-nav')).toBeVisible();
}

export async function mineBlocks(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await page.evaluate(() => window.blockchain?.mine());
}

export async function shoot(page: Page, selector: string, name: string): Promise<void> {
  const element = page.locator(selector);
  await element.scrollIntoViewIfNeeded();
  await element.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}

/** Violations axe rates serious or critical, as "rule: target" lines so a failure names what to fix. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary ?? ''}`));
}
