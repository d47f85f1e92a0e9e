import type { Locator, Page } from 'playwright-core';

const TIMEOUT = 60_000;

/** Waits until the locator is visible (playwright-core has no auto-waiting `expect`). */
export async function visible(locator: Locator, timeout = TIMEOUT): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout });
}

/** Waits until a text appears anywhere on the page. */
export async function seeText(page: Page, text: string | RegExp, timeout = TIMEOUT): Promise<void> {
  await visible(page.getByText(text), timeout);
}

/** Waits for the URL path to become `path`. */
export async function atPath(page: Page, path: string, timeout = TIMEOUT): Promise<void> {
  await page.waitForURL((url) => url.pathname === path, { timeout });
}
