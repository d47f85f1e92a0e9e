import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { withCommissioner } from './support/commissioner-fixture';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import { openPage, signIn, signOut } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const PLACE = '首阳镇浏览器测试村';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer({ prepare: withCommissioner });
  browser = await launchBrowser();
});

explainFailures(() => ({ page: browser?.page, server }));

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

const ctx = () => {
  if (!server || !browser) throw new Error('server or browser did not start');
  return { base: server.base, page: browser.page };
};

/** A real JPEG drawn by the browser itself (a field photo stand-in). */
async function jpegFrom(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 160;
    c.height = 120;
    const g = c.getContext('2d')!;
    g.fillStyle = '#5b8c00';
    g.fillRect(0, 0, 160, 120);
    g.fillStyle = '#fadb14';
    g.fillRect(40, 30, 80, 60);
    return c.toDataURL('image/jpeg', 0.8);
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

const counterText = async (page: Page, testId: string) => (await page.getByTestId(testId).innerText()).trim();

describe('科技特派员 service logs in the browser', () => {
  it('a commissioner records a service with a photo on the phone; staff confirm it; the counter moves', async () => {
    const { base, page } = ctx();
    await page.setViewportSize({ width: 375, height: 812 });
    await signIn(page, base, 'tpy', DEMO_PASSWORD);
    await openPage(page, base, '/commissioner/my-logs');
    await visible(page.getByTestId('day-counter'));
    const confirmedBefore = Number(await counterText(page, 'confirmed-days'));
    const pendingBefore = Number(/待确认 ([\d.]+) 天/.exec(await counterText(page, 'pending-days'))![1]);
    await screenshot(page, 'commissioner-logs-01-phone-counter');

    await page.getByRole('button', { name: /记一次服务/ }).click();
    const drawer = page.locator('.ant-drawer-content');
    await visible(drawer.getByText('记一次服务'));
    await drawer.getByLabel('服务地点').fill(PLACE);
    await drawer.getByText('其他（合作社、村、农户等）').click();
    await drawer.getByLabel('服务对象名称').fill('首阳镇马铃薯种植专业合作社');
    await drawer.getByLabel('服务内容').fill('马铃薯晚疫病防控现场培训');
    await drawer.getByLabel('培训人数').fill('35');
    const input = drawer.locator('input[type="file"]');
    expect(await input.getAttribute('accept')).toBe('image/*');
    expect(await input.getAttribute('capture')).toBe('environment');
    await input.setInputFiles({ name: '现场.jpg', mimeType: 'image/jpeg', buffer: await jpegFrom(page) });
    await drawer.locator('.ant-upload-list-item').scrollIntoViewIfNeeded();
    await visible(drawer.locator('.ant-upload-list-item'));
    await screenshot(page, 'commissioner-logs-02-phone-form');
    await drawer.getByRole('button', { name: /提\s?交/ }).click();
    await seeText(page, /已记录 .* 的服务/);
    const mine = page.locator('.ant-list-item', { hasText: '首阳镇马铃薯种植专业合作社' }).first();
    await visible(mine);
    expect(await mine.innerText()).toContain('待确认');
    expect(Number(/待确认 ([\d.]+) 天/.exec(await counterText(page, 'pending-days'))![1])).toBe(pendingBefore + 1);
    await screenshot(page, 'commissioner-logs-03-phone-listed');
    await signOut(page);

    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, '/commissioner/service-logs');
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: PLACE });
    await visible(row);
    expect(await row.innerText()).toContain('赵立新');
    await row.getByText('查看').click();
    await visible(page.locator('.ant-drawer-content img'));
    await screenshot(page, 'commissioner-logs-04-staff-view');
    await page.locator('.ant-drawer-close').click();
    await row.getByText('确认', { exact: true }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
    await seeText(page, /已确认 赵立新/);
    await screenshot(page, 'commissioner-logs-05-staff-confirmed');
    await openPage(page, base, '/commissioner/service-days');
    await visible(page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '赵立新' }));
    await screenshot(page, 'commissioner-logs-06-staff-days');
    await signOut(page);

    await page.setViewportSize({ width: 375, height: 812 });
    await signIn(page, base, 'tpy', DEMO_PASSWORD);
    await openPage(page, base, '/commissioner/my-logs');
    await visible(page.getByTestId('day-counter'));
    expect(Number(await counterText(page, 'confirmed-days'))).toBe(confirmedBefore + 1);
    expect(Number(/待确认 ([\d.]+) 天/.exec(await counterText(page, 'pending-days'))![1])).toBe(pendingBefore);
    await screenshot(page, 'commissioner-logs-07-phone-confirmed');
    await page.setViewportSize({ width: 1366, height: 900 });
    await openPage(page, base, '/commissioner/my-logs');
    await visible(page.getByTestId('day-counter'));
    await screenshot(page, 'commissioner-logs-08-desktop-mine');
    await signOut(page);
  });
});
