import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const TITLE = '浏览器登记的企业研发政策培训班';
const QINGLONG = '甘肃青龙管业有限责任公司';
const HUAXI = '陇西华硒生物科技有限公司';

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

/** Picks a date in a labelled date picker of a container. */
async function pickDate(scope: ReturnType<RunningBrowser['page']['locator']>, label: string, date: string) {
  await scope.getByLabel(label).fill(date);
  await scope.getByLabel(label).press('Enter');
}

/** Registers an event through the list's drawer and opens its page. */
async function registerEvent(page: RunningBrowser['page'], title: string, kind: string, start: string, end: string) {
  await page.getByRole('button', { name: '登记活动' }).click();
  const drawer = page.locator('.ant-drawer-content');
  await visible(drawer.getByText('登记科技服务活动'));
  await drawer.getByLabel('活动名称').fill(title);
  await drawer.getByLabel('活动类别').click();
  await page.locator(`.ant-select-item-option[title="${kind}"]`).click();
  await drawer.getByLabel('主办单位').fill('陇西县科学技术局');
  await pickDate(drawer, '开始日期', start);
  await pickDate(drawer, '结束日期', end);
  await drawer.getByLabel('活动地点').fill('陇西县科技局会议室');
  return drawer;
}

describe('科技服务活动 in the browser (staff)', () => {
  it('lists the demo trainings, records a training, adds enterprises from the register and a person, sees the counts', async () => {
    const { base, page } = ctx();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['科技服务活动', '活动与培训', '参加企业与人员']));
    await openPage(page, base, '/service-event/events');
    const demo = page
      .locator('.ant-table-tbody tr.ant-table-row')
      .filter({ hasText: '全省科技型企业科技创新政策培训班' });
    await visible(demo);
    expect(await demo.innerText()).toContain('17');
    await screenshot(page, 'service-event-01-list');

    const drawer = await registerEvent(page, TITLE, '培训班', '2026-03-10', '2026-03-11');
    await screenshot(page, 'service-event-02-form');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, `已登记“${TITLE}”`);

    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: TITLE });
    await visible(row);
    expect(await row.innerText()).toContain('计划');
    await row.getByRole('link', { name: TITLE }).click();
    await visible(page.getByText('状态记录'));

    await page.getByRole('button', { name: '添加参加企业与人员' }).click();
    const modal = page.locator('.ant-modal-content').filter({ hasText: '添加参加企业与人员' });
    await visible(modal);
    const picker = modal.locator('.ant-form-item', { hasText: '参加企业' }).locator('input').first();
    await picker.click();
    await picker.fill('青龙');
    await page.locator('.ant-select-item-option', { hasText: QINGLONG }).click();
    await picker.fill('华硒');
    await page.locator('.ant-select-item-option', { hasText: HUAXI }).click();
    await modal.getByText('添加参加企业与人员').click(); // closes the dropdown
    await modal.getByLabel(`${QINGLONG} 企业代表姓名`).fill('王经理');
    await modal.getByLabel(`${QINGLONG} 职务`).fill('技术总监');
    await modal.getByRole('button', { name: '添加人员' }).click();
    await modal.getByLabel('人员1 姓名').fill('赵老师');
    await modal.getByLabel('人员1 工作单位').fill('陇西县第一中学');
    await modal.getByLabel('人员1 联系电话').fill('13812341234');
    await screenshot(page, 'service-event-03-attendees');
    await modal.getByRole('button', { name: /添\s?加$/ }).click();
    await seeText(page, '已添加 3 个参加企业或人员');

    const attendees = page.locator('.ant-card').filter({ hasText: '参加企业与人员' }).locator('.ant-table-row');
    await visible(attendees.filter({ hasText: QINGLONG }));
    expect(await attendees.filter({ hasText: QINGLONG }).innerText()).toContain('王经理');
    expect(await attendees.filter({ hasText: '赵老师' }).innerText()).toContain('138****1234');
    const stats = page.locator('.ant-statistic');
    expect(await stats.filter({ hasText: '参加企业（家）' }).locator('.ant-statistic-content').innerText()).toBe('2');
    expect(await stats.filter({ hasText: '参加人数（人）' }).locator('.ant-statistic-content').innerText()).toBe('3');

    await page.getByRole('button', { name: '登记已举办' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
    await seeText(page, `${TITLE}：已举办`);
    await screenshot(page, 'service-event-04-detail', { fullPage: true });
  });

  it('records a 进企业送服务 event with an enterprise picked from the register', async () => {
    const { base, page } = ctx();
    await openPage(page, base, '/service-event/events');
    const title = '浏览器登记的进企业送服务';
    const drawer = await registerEvent(page, title, '政策宣讲/进企业送服务', '2026-04-02', '2026-04-02');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, `已登记“${title}”`);
    await page
      .locator('.ant-table-tbody tr.ant-table-row')
      .filter({ hasText: title })
      .getByRole('link', { name: title })
      .click();
    await page.getByRole('button', { name: '添加参加企业与人员' }).click();
    const modal = page.locator('.ant-modal-content').filter({ hasText: '添加参加企业与人员' });
    const picker = modal.locator('.ant-form-item', { hasText: '参加企业' }).locator('input').first();
    await picker.click();
    await picker.fill('青龙');
    await page.locator('.ant-select-item-option', { hasText: QINGLONG }).click();
    await modal.getByText('添加参加企业与人员').click();
    await modal.getByRole('button', { name: /添\s?加$/ }).click();
    await seeText(page, '已添加 1 个参加企业或人员');
    const stats = page.locator('.ant-statistic');
    expect(await stats.filter({ hasText: '参加企业（家）' }).locator('.ant-statistic-content').innerText()).toBe('1');
    await openPage(page, base, '/service-event/events');
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: title });
    await visible(row);
    await screenshot(page, 'service-event-05-list-after');
  });

  it('shows the list on a phone (375 px)', async () => {
    const { base, page } = ctx();
    await page.setViewportSize({ width: 375, height: 812 });
    await openPage(page, base, '/service-event/events');
    await visible(page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: TITLE }));
    await screenshot(page, 'service-event-06-phone');
    await page.setViewportSize({ width: 1366, height: 900 });
  });
});
