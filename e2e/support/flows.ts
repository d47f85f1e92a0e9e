import type { Page } from 'playwright-core';
import { demoTotpSecret, freshTotpCode } from './totp';

/**
 * Signs in through the login form and waits until the shell (or the change-password page) shows. An account with
 * two-step verification answers the code step: from `totpSecret`, or the demo administrators' documented secrets.
 */
export async function signIn(
  page: Page,
  base: string,
  username: string,
  password: string,
  totpSecret = demoTotpSecret(username),
): Promise<void> {
  // Start from a clean session, so a previous step that failed before signing out cannot leak into this one.
  await page.context().clearCookies();
  await page.goto(`${base}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  if (totpSecret) {
    await page.getByLabel('动态验证码').fill(await freshTotpCode(base, username, totpSecret), { timeout: 60_000 });
    await page.getByRole('button', { name: '验证并登录' }).click();
  }
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 60_000 });
}

/** Signs out through the avatar menu and waits for the login page. */
export async function signOut(page: Page): Promise<void> {
  await chooseFromUserMenu(page, '退出登录', (timeout) =>
    page.waitForURL((url) => url.pathname.startsWith('/login'), { timeout }),
  );
}

/**
 * Opens the avatar menu, clicks `item` and waits for `arrived` (given how long it may take). On a loaded machine the
 * hover dropdown can close while its animation runs, or not open under a pointer already resting on the avatar, and
 * the click lands on the header under it (seen in CI and locally); each try is short, and the next opens the menu
 * afresh with the pointer moved away first.
 */
export async function chooseFromUserMenu(
  page: Page,
  item: string,
  arrived: (timeout: number) => Promise<unknown>,
): Promise<void> {
  // On a phone a success message lies over the avatar, and a pointer resting on it stops it from closing: move
  // the pointer away and let it go first (seen in CI: the hover waited 30 s on the message).
  const size = page.viewportSize();
  const away = () => page.mouse.move(1, (size?.height ?? 600) - 1);
  await away();
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  for (let attempt = 1; ; attempt++) {
    try {
      await page.getByTestId('user-menu').hover({ timeout: 10_000 });
      await page.getByRole('menuitem', { name: item }).click({ timeout: 5_000 });
      await arrived(attempt < 4 ? 15_000 : 60_000);
      return;
    } catch (e) {
      if (attempt >= 4) throw e;
      await away();
      await page.keyboard.press('Escape');
    }
  }
}

/** The left menu's visible labels (group titles and items). */
export async function menuLabels(page: Page): Promise<string[]> {
  const menu = page.locator('.ant-pro-sider-menu, .ant-layout-sider .ant-menu').first();
  await menu.waitFor({ state: 'visible', timeout: 60_000 });
  const texts = await menu.locator('.ant-menu-title-content').allInnerTexts();
  return texts.map((t) => t.trim()).filter(Boolean);
}

/** Opens a page by URL and waits for its ProTable (or page content) to settle. */
export async function openPage(page: Page, base: string, path: string): Promise<void> {
  await page.goto(`${base}${path}`);
  await page.waitForLoadState('networkidle');
  // Lazy page chunks and table requests show antd spinners until they settle.
  await page
    .waitForFunction(() => document.querySelectorAll('.ant-spin-spinning, .ant-btn-loading').length === 0, undefined, {
      timeout: 30_000,
    })
    .catch(() => undefined);
}
