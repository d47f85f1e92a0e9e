import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { atPath, seeText, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn } from './support/flows';
import { explainFailures } from './support/on-failure';
import { apiCall, apiLogin } from './support/project-api';
import { createDraftTask } from './support/rd-api';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const TASK_TITLE = '2023年上半年研发经费统计（自助服务测试）';
const PHONE = '13993219999';
const LAST_YEAR = new Date().getFullYear() - 1;

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser({ width: 1366, height: 800 });
  // Staff open a collection task that includes qiye's enterprise: a form for qiye to fill, due 2099-12-31.
  const staff = await apiLogin(server.base, 'staff', DEMO_PASSWORD);
  const draft = await createDraftTask(server.base, staff, TASK_TITLE, '2023H1');
  const task = await apiCall<{ version: number }>(server.base, staff, 'GET', `/rd/tasks/${draft.id}`);
  await apiCall(server.base, staff, 'POST', `/rd/tasks/${draft.id}/open`, { version: task.version });
}, 240_000);

explainFailures(() => ({ page: browser?.page, server }));

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

const ctx = () => {
  if (!server || !browser) throw new Error('server or browser did not start');
  return { base: server.base, page: browser.page };
};

describe('the enterprise serves itself (qiye, 1366 px and 375 px)', () => {
  it('edits its contact phone and business scope on 我的企业; the timeline says what it changed', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['我的待办', '我的企业', '我的填报']));
    await openPage(page, base, '/enterprise/mine');
    await page.getByRole('button', { name: '修改本企业信息' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await visible(drawer.getByText('由县科技局维护', { exact: false }));
    await drawer.getByLabel('联系电话').fill(PHONE);
    await drawer.getByLabel('经营范围').fill('预应力钢筒混凝土管、钢管的生产与销售');
    await screenshot(page, 'self-service-01-contact-drawer');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, '已保存本企业信息');
    await visible(page.getByText('139****9999'));
    await visible(page.getByText('预应力钢筒混凝土管、钢管的生产与销售'));
    await visible(page.getByText('企业更新本企业信息').first());
    await visible(page.getByText('变更字段：联系电话、经营范围').first());
    await screenshot(page, 'self-service-02-mine-after-edit');
  });

  it('fills a yearly figure; the import rule refuses more tech staff than staff', async () => {
    const { page } = ctx();
    await page.getByRole('button', { name: `填报 ${LAST_YEAR} 年度数据` }).click();
    await page.waitForURL((u) => new RegExp(`^/enterprise/\\d+/yearly/${LAST_YEAR}$`).test(u.pathname));
    await page.getByLabel('职工总数（人）').fill('150');
    await page.getByLabel('科技人员数（人）').fill('200');
    await page.getByLabel('销售收入（万元）').fill('5600');
    await page.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, '科技人员数不能超过职工总数');
    await page.getByLabel('科技人员数（人）').fill('32');
    await screenshot(page, 'self-service-03-yearly-form');
    await page.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, `已保存 ${LAST_YEAR} 年度数据`);
    await atPath(page, '/enterprise/mine');
    const row = page.locator('.ant-table-row').filter({ hasText: String(LAST_YEAR) });
    await visible(row);
    expect(await row.innerText()).toContain('150 / 32');
    expect(await row.innerText()).toContain('5,600.00');
  });

  it('opens 我的填报: the current period, no error, no older totals', async () => {
    const { base, page } = ctx();
    await openPage(page, base, '/rd/mine');
    await visible(page.getByText('本期填报：2023年上半年'));
    await visible(page.getByText('本期全县汇总尚未发布'));
    expect(await page.locator('.ant-message-error').count()).toBe(0);
    expect(await page.getByText('2021年全县研发经费内部支出合计').count()).toBe(0);
    await screenshot(page, 'self-service-04-rd-mine');
  });

  it('opens 我的待办 and follows the form to fill', async () => {
    const { base, page } = ctx();
    await openPage(page, base, '/me/todos');
    const item = page.locator('.todo-item').filter({ hasText: TASK_TITLE });
    await visible(item);
    expect(await item.innerText()).toContain('待填报');
    expect(await item.innerText()).toContain('2099-12-31 截止');
    await screenshot(page, 'self-service-05-todos');
    await item.click();
    await page.waitForURL((u) => /^\/rd\/units\/\d+$/.test(u.pathname));
    await visible(page.getByText('核查结果'));
    await openPage(page, base, '/home');
    await visible(page.getByText(/共 \d+ 项待办/));
    await screenshot(page, 'self-service-06-home');
  });

  it('reads well on a phone (375 px): 我的待办, 我的企业, 我的填报, a year of figures', async () => {
    const { base, page } = ctx();
    await page.setViewportSize({ width: 375, height: 812 });
    for (const [path, name] of [
      ['/me/todos', 'self-service-375-todos'],
      ['/enterprise/mine', 'self-service-375-mine'],
      ['/rd/mine', 'self-service-375-rd-mine'],
    ] as const) {
      await openPage(page, base, path);
      // Nothing wider than the screen: the page does not scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await screenshot(page, name);
    }
    await openPage(page, base, '/enterprise/mine');
    await page.getByText('年度数据', { exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, 'self-service-375-mine-yearly');
    await page.getByRole('link', { name: '编辑' }).first().click();
    await page.waitForURL((u) => /^\/enterprise\/\d+\/yearly\/\d+$/.test(u.pathname));
    await visible(page.getByLabel('职工总数（人）'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'self-service-375-yearly-form');
    await page.setViewportSize({ width: 1366, height: 800 });
  });
});
