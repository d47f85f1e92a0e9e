import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn, signOut } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const NAME = '青龙管业浏览器测试研发中心';
const QINGLONG = '甘肃青龙管业有限责任公司';

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

describe('创新平台 in the browser (staff)', () => {
  it('registers a platform, moves it to 已认定, and the operator’s timeline shows it', async () => {
    const { base, page } = ctx();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['创新平台', '创新平台列表']));
    await openPage(page, base, '/tech-platform/platforms');
    // The demo's platforms of 2022 H1 are listed.
    await visible(
      page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '陇西县马铃薯产业技术创新联盟' }),
    );
    await screenshot(page, 'tech-platform-01-list');

    await page.getByRole('button', { name: '登记平台' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await visible(drawer.getByText('登记创新平台'));
    await drawer.getByLabel('平台名称').fill(NAME);
    await drawer.getByLabel('平台类别').click();
    await page.locator('.ant-select-item-option[title="工程技术研究中心/企业研发中心"]').click();
    await drawer.getByLabel('平台级别').click();
    await page.locator('.ant-select-item-option[title="县"]').click();
    // The register's picker (a search select) carries no label of its own: find it by its form item.
    const picker = drawer.locator('.ant-form-item', { hasText: '运营企业' }).locator('input');
    await picker.click();
    await picker.fill('青龙');
    await page.locator('.ant-select-item-option', { hasText: QINGLONG }).click();
    await drawer.getByLabel('技术领域').fill('管道防腐新材料');
    await pickDate(drawer, '筹备起始日期', '2026-03-01');
    await screenshot(page, 'tech-platform-02-form');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, `已登记“${NAME}”`);

    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: NAME });
    await visible(row);
    expect(await row.innerText()).toContain('筹备');
    expect(await row.innerText()).toContain(QINGLONG);

    // The platform page: 开始建设, then 登记认定 with its 文号.
    await row.getByRole('link', { name: NAME }).click();
    await visible(page.getByText('状态记录'));
    await page.getByRole('button', { name: '开始建设' }).click();
    let modal = page.locator('.ant-modal-content').filter({ hasText: '开始建设' });
    await visible(modal);
    await pickDate(modal, '成立（组建）日期', '2026-04-01');
    await modal.getByRole('button', { name: /确\s?定/ }).click();
    await seeText(page, `${NAME}：建设中`);
    await page.getByRole('button', { name: '登记认定' }).click();
    modal = page.locator('.ant-modal-content').filter({ hasText: '登记认定' });
    await visible(modal);
    await pickDate(modal, '认定日期', '2026-05-20');
    await modal.getByLabel('认定文号').fill('陇科发〔2026〕8号');
    await modal.getByRole('button', { name: /确\s?定/ }).click();
    await seeText(page, `${NAME}：已认定`);
    await visible(page.getByText('建设中 → 已认定'));
    await screenshot(page, 'tech-platform-03-detail');

    // The operator's timeline carries the registration and the moves.
    const found = await page.evaluate(async () => {
      const res = await fetch('/api/v1/enterprises?keyword=' + encodeURIComponent('青龙管业'));
      return (await res.json()) as { data: { id: number; name: string }[] };
    });
    const qinglong = found.data.find((e) => e.name === QINGLONG);
    expect(qinglong).toBeDefined();
    await openPage(page, base, `/enterprise/${qinglong!.id}`);
    await seeText(page, '时间线');
    await seeText(page, `登记创新平台：${NAME}（筹备）`);
    await seeText(page, `${NAME}：建设中 → 已认定`);
    await screenshot(page, 'tech-platform-04-timeline');
  });

  it('shows a demo incubator with its incubatees, and an enterprise user only its own platforms, read only', async () => {
    const { base, page } = ctx();
    await openPage(page, base, '/tech-platform/platforms');
    await page.locator('.ant-table-tbody tr.ant-table-row').getByRole('link', { name: '陇西县科技企业孵化器' }).click();
    await visible(page.getByText('在孵企业', { exact: true }));
    await visible(page.locator('.ant-table-row').filter({ hasText: '甘肃维尔沃生物科技有限公司' }));
    await screenshot(page, 'tech-platform-05-incubator');

    await signOut(page);
    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['本单位平台']));
    await openPage(page, base, '/tech-platform/mine');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await visible(rows.filter({ hasText: '青龙管业管道新材料企业研发中心' }));
    expect(await rows.filter({ hasText: '陇西县科技企业孵化器' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '登记平台' }).count()).toBe(0);
    await screenshot(page, 'tech-platform-06-mine');
  });
});
