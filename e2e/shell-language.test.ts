import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { atPath, seeText, visible } from './support/expect-ui';
import { menuLabels, signIn } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser({ width: 1366, height: 768 });
});

explainFailures(() => ({ page: browser?.page, server }));

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

const ctx = () => {
  if (!server || !browser) throw new Error('server or browser did not start');
  return { base: server.base, page: browser.page };
};

describe('the English switch says what it covers', () => {
  it('is labelled menus only, tells once that pages stay Chinese, and turns the menu English', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await atPath(page, '/home');
    const toggle = page.getByTestId('language-switch');
    expect((await toggle.innerText()).trim()).toBe('English (menus only)');
    expect(await toggle.getAttribute('title')).toMatch(/只翻译菜单和页面框架.*仍为中文/);

    await toggle.click();
    const notice = page.locator('.ant-notification-notice');
    await visible(notice);
    expect(await notice.innerText()).toContain('English covers the menus and frame only');
    expect(await notice.innerText()).toContain('stay in Chinese');
    const menu = await menuLabels(page);
    expect(menu).toEqual(expect.arrayContaining(['Home', 'Register', 'Cultivation pool']));
    expect(menu).not.toContain('企业名录');
    // Page content stays Chinese: that is what the label promised.
    await page.getByRole('menuitem', { name: 'Register', exact: true }).click();
    await atPath(page, '/enterprise/list');
    await seeText(page, '统一社会信用代码');
    // antd's own texts stay Chinese too, with the page around them (no "Please select" beside 乡镇).
    await visible(page.getByRole('button', { name: '查询' }));
    expect(await page.getByText('Please select').count()).toBe(0);
    await visible(page.getByTestId('page-tabs').getByText('Register'));
    await screenshot(page, 'language-01-english-menus-only');

    // The notice comes once: back to Chinese and to English again shows none.
    await page.locator('.ant-notification-notice-close').click();
    await toggle.click();
    expect((await toggle.innerText()).trim()).toBe('English (menus only)');
    expect(await menuLabels(page)).toContain('企业名录');
    await toggle.click();
    await page.waitForTimeout(500);
    expect(await page.locator('.ant-notification-notice').count()).toBe(0);
    await toggle.click();
  });
});
