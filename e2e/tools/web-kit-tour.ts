// Screenshots of the pages the web kit (issue 14) touched, at 1366 px: `npx tsx e2e/tools/web-kit-tour.ts`.
// Starts its own server on a fresh PGlite directory; writes .test-tmp/e2e-screenshots/kit-*.png.
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser';
import { openPage, signIn, signOut } from '../support/flows';
import { startServer } from '../support/server';

const PASSWORD = 'Kechuang@2022';
const server = await startServer();
const b = await launchBrowser({ width: 1366, height: 800 });
const { page } = b;
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
page.on('console', (m) => m.type() === 'error' && console.log('[console]', m.text().slice(0, 300)));

const shot = async (p: Page, path: string, name: string, fullPage = true) => {
  await openPage(p, server.base, path);
  await p.waitForTimeout(1500);
  console.log(await screenshot(p, `kit-${name}`, { fullPage }));
};

try {
  await signIn(page, server.base, 'staff', PASSWORD);
  await shot(page, '/enterprise/list', 'enterprise-list', false);
  await page.getByRole('button', { name: '导入' }).click();
  await page.waitForTimeout(500);
  console.log(await screenshot(page, 'kit-import-wizard'));
  await page.keyboard.press('Escape');
  await shot(page, '/enterprise/deadlines?today=2022-06-10&within=365', 'enterprise-deadlines', false);
  await shot(page, '/project/deadlines?today=2022-06-10&within=365', 'project-deadlines', false);
  await shot(page, '/project/funding', 'funding', false);
  await shot(page, '/enterprise/pool', 'pool', false);
  await shot(page, '/rd/summary', 'rd-summary');
  await page.getByRole('tab', { name: '加计扣除测算' }).click();
  await page.waitForTimeout(800);
  console.log(await screenshot(page, 'kit-rd-summary-deductions', { fullPage: true }));
  await shot(page, '/rd/review', 'rd-review');
  await shot(page, '/rd/check-rules', 'rd-check-rules', false);
  await openPage(page, server.base, '/rd/tasks');
  await page.waitForTimeout(1000);
  await page.locator('.ant-table-row a').first().click();
  await page.waitForTimeout(1500);
  console.log(await screenshot(page, 'kit-rd-task', { fullPage: true }));
  const found = (await (await page.request.get(`${server.base}/api/v1/enterprises?keyword=青龙管业`)).json()) as {
    data: { id: number }[];
  };
  const id = found.data[0].id;
  await shot(page, `/enterprise/${id}`, 'enterprise-detail');
  for (const tab of ['tech-sme', 'high-tech', 'rd-deduction']) {
    await openPage(page, server.base, `/enterprise/self-assessment?enterpriseId=${id}&tab=${tab}`);
    await page.waitForTimeout(1500);
    await page
      .getByRole('button', { name: /测\s*算/ })
      .last()
      .click();
    await page.waitForTimeout(1500);
    console.log(await screenshot(page, `kit-self-assessment-${tab}`, { fullPage: true }));
  }
  await signOut(page);

  await signIn(page, server.base, 'qiye', PASSWORD);
  await shot(page, '/rd/mine', 'rd-mine', false);
  await signOut(page);
  await shot(page, '/public/notices', 'public-notices', false);
} finally {
  await b.close();
  await server.stop();
}
