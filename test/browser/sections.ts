// Sections below the first screen load their view when opened (src/ui/open-on-demand.ts): a spec opens one the way a
// user does, from the section menu (or by scrolling to it, for the parts the menu does not name), and waits for it.
import { expect, type Page } from '@playwright/test';

export async function openSection(page: Page, id: string): Promise<void> {
  // The menu shows once the node is up, in the same task that starts watching the sections.
  await expect(page.locator('#section-nav')).toBeVisible();
  const section = page.locator(`#${id}`);
  const link = page.locator(`#section-nav a[href="#${id}"]`);
  if (await link.isVisible()) await link.click();
  else await section.scrollIntoViewIfNeeded();
  // The node, its transactions and the chain are the first screen: no view to wait for.
  if ((await section.getAttribute('data-view-state')) !== null) {
    await expect(section).toHaveAttribute('data-view-state', 'ready');
  }
}
