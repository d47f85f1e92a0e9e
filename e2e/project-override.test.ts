import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { openPage, signIn, signOut } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const REASON = '县政府常务会议纪要第12号决定更正该项目状态';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

explainFailures(() => ({ page: browser?.page, server }));

it('局领导 forces a state change with a reason; the history shows it as 强制变更; staff do not see the action', async () => {
  if (!server || !browser) throw new Error('server or browser did not start');
  const { base } = server;
  const { page } = browser;
  await signIn(page, base, 'staff', DEMO_PASSWORD);
  await openPage(page, base, '/project/applications');
  await page.locator('.ant-table-row a').first().click();
  await page.getByText('流转记录', { exact: true }).waitFor();
  const detailUrl = page.url();
  expect(await page.getByRole('button', { name: '强制变更状态' }).count()).toBe(0);
  await signOut(page);

  await signIn(page, base, 'leader', DEMO_PASSWORD);
  await page.goto(detailUrl);
  await page.getByRole('button', { name: '强制变更状态' }).click();
  const dialog = page.getByRole('dialog', { name: /强制变更状态/ });
  await dialog.locator('.ant-select-selector').click();
  await page.locator('.ant-select-item-option', { hasText: '终止' }).click();
  await dialog.getByPlaceholder('写明依据').fill('太短');
  await dialog.getByRole('button', { name: '强制变更' }).click();
  await dialog.getByText('原因至少 10 个字').waitFor();
  await dialog.getByPlaceholder('写明依据').fill(REASON);
  await dialog.getByRole('button', { name: '强制变更' }).click();
  await page.getByTestId('override-tag').waitFor();
  expect(await page.getByTestId('override-tag').innerText()).toContain('终止');
  await page.getByText(REASON).waitFor();
  await screenshot(page, 'proj-override-done');
}, 120_000);
