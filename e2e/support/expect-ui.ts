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

/**
 * Ticks a checkbox and waits until it shows as ticked. Playwright's `check()` reads the state right
 * after the click, but antd re-renders a form-bound checkbox a moment later on a loaded machine.
 */
export async function tick(box: Locator, timeout = TIMEOUT): Promise<void> {
  if (!(await box.isChecked())) await box.click();
  const deadline = Date.now() + timeout;
  while (!(await box.isChecked())) {
    if (Date.now() > deadline) throw new Error(`复选框在 ${timeout} ms 内没有勾上`);
    await box.page().waitForTimeout(50);
  }
}
