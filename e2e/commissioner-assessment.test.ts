import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCommissioner } from './support/commissioner-fixture';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn, signOut } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
// The demo seeds 2025's assessment; the browser opens 2024's, inside 赵立新's term.
const YEAR = '2024';

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

describe('科技特派员 annual assessment in the browser (staff, desktop)', () => {
  it('opens a year, scores a commissioner item by item, sees the grade and 延派, and drafts the 公示', async () => {
    const { base, page } = ctx();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['服务日志审核', '年度考核', '服务天数进度']));
    await openPage(page, base, '/commissioner/assessments');
    const year = page.getByLabel('考核年度');
    await year.fill(YEAR);
    await year.press('Enter');
    await page.getByRole('button', { name: `开启 ${YEAR} 年度考核` }).click();
    await seeText(page, `已开启 ${YEAR} 年度考核`);
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '赵立新' });
    await visible(row);
    await screenshot(page, 'commissioner-assessment-01-opened');

    await row.getByTestId('score-赵立新').click();
    const drawer = page.locator('.ant-drawer-content');
    await visible(drawer.getByText('考核评分 · 赵立新'));
    // An item over its maximum is refused by the form.
    await drawer.getByLabel('服务方式（10分）').fill('12');
    await drawer.getByLabel('服务次数（20分）').fill('18');
    await drawer.getByLabel('三方协议完成情况（20分）').fill('18');
    await drawer.getByLabel('服务成效（25分）').fill('22');
    await drawer.getByLabel('服务对象满意度（15分）').fill('13.5');
    await drawer.getByLabel('加分项（10分）').fill('8.5');
    await drawer.getByLabel('服务方式（10分）').fill('10');
    await screenshot(page, 'commissioner-assessment-02-score');
    await drawer.getByRole('button', { name: '保存评分' }).click();
    await seeText(page, '已保存：90 分，优秀');
    await visible(row.getByText('优秀'));
    expect(await row.innerText()).toContain('是');
    await screenshot(page, 'commissioner-assessment-03-graded');

    await page.getByRole('button', { name: /拟定公示/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
    await seeText(page, '已拟定公示，请到公示管理中发布');
    await visible(page.getByText(/已公示 · 已评 1\/1/));
    await screenshot(page, 'commissioner-assessment-04-published');
    await signOut(page);
  });
});
