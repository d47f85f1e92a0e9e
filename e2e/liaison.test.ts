import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const NAME = '浏览器新增的干部包企业记录';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser();
});

explainFailures(() => ({ page: browser?.page, server }));

afterAll(async () => {
  // Each cleanup runs even if the other throws: a leaked server or browser would outlive the suite.
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

const ctx = () => {
  if (!server || !browser) throw new Error('server or browser did not start');
  return { base: server.base, page: browser.page };
};

describe('干部包企业 in the browser (staff)', () => {
  it('opens the register from the menu, adds a record in the drawer and sees it listed', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['干部包企业', '干部包企业列表']));
    await openPage(page, base, '/liaison/records');
    const add = page.getByRole('button', { name: '新增记录' });
    await visible(add);
    await add.click();
    const drawer = page.locator('.ant-drawer-content');
    await visible(drawer.getByText('新增干部包企业'));
    await drawer.getByLabel('名称').fill(NAME);
    await drawer.getByLabel('金额（万元）').fill('12.5');
    await drawer.getByLabel('备注').fill('浏览器测试');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, `已新增“${NAME}”`);

    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: NAME });
    await visible(row);
    expect(await row.innerText()).toContain('12.50');
    expect(await row.innerText()).toContain('陇西县');
    await screenshot(page, 'liaison-01-listed');
  });
});
