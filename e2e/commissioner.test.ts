import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '@kechuang/domain';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn, signOut } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const NAME = '浏览器测试员';
const FIRST17 = '62112219800520035';
const ID_NUMBER = FIRST17 + idNumberCheckChar(FIRST17);

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

describe('科技特派员 in the browser (staff)', () => {
  it('adds a commissioner, moves it through 推荐 → 审核 → 公示 → 聘任 and sees the status and the masked ID', async () => {
    const { base, page } = ctx();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['科技特派员', '科技特派员名册', '选派条件设置']));
    await openPage(page, base, '/commissioner/roster');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await visible(rows.filter({ hasText: '赵立新' }));
    await screenshot(page, 'commissioner-01-roster');

    await page.getByRole('button', { name: '新增特派员' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await visible(drawer.getByText('新增科技特派员'));
    await drawer.getByLabel('姓名').fill(NAME);
    await pickDate(drawer, '出生日期', '1980-05-20');
    await drawer.getByLabel('身份证号').fill(ID_NUMBER);
    await drawer.getByLabel('联系电话').fill('13912345678');
    await drawer.getByLabel('职称', { exact: true }).fill('农艺师');
    await drawer.getByLabel('派出单位', { exact: true }).fill('甘肃农业大学');
    await drawer.getByLabel('派出单位类型').click();
    await page.locator('.ant-select-item-option[title="高校"]').click();
    await drawer.getByLabel('批次').fill('2026年第二批');
    await pickDate(drawer, '任期开始', '2026-12-01');
    await drawer.getByText('新增科技特派员').click();
    await visible(drawer.getByText('符合资格条件'));
    await drawer.getByTestId('eligibility').scrollIntoViewIfNeeded();
    await screenshot(page, 'commissioner-02-form');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, `已新增“${NAME}”`);

    const row = rows.filter({ hasText: NAME });
    await visible(row);
    // The ID number is in the list's column chooser, off by default; the detail shows it masked (below).
    const masked = `${ID_NUMBER.slice(0, 4)}**********${ID_NUMBER.slice(-4)}`;
    expect(await row.innerText()).not.toContain(ID_NUMBER);
    expect(await row.innerText()).toContain('已申请');

    await row.locator('a', { hasText: NAME }).click();
    const detail = page.locator('.ant-drawer-content').filter({ hasText: '状态记录' });
    await visible(detail);
    for (const [button, state] of [
      ['单位推荐', '单位已推荐'],
      ['县级审核', '县级已审核'],
      ['公示', '公示中'],
      ['聘任', '已聘任'],
    ]) {
      // antd spaces a two-character label (公 示).
      await detail.getByRole('button', { name: new RegExp(`^${button.split('').join('\\s?')}$`) }).click();
      const modal = page.locator('.ant-modal-content').filter({ hasText: `${button} · ${NAME}` });
      await visible(modal);
      await modal.getByRole('button', { name: `确定${button}` }).click();
      await seeText(page, `${NAME}：${state}`);
      // The next move needs the version the reload brings.
      await visible(detail.getByTestId('commissioner-status').filter({ hasText: state }));
      await modal.first().waitFor({ state: 'hidden' });
    }
    await visible(detail.getByTestId('commissioner-status').filter({ hasText: '已聘任' }));
    expect(await detail.getByTestId('id-number').innerText()).toBe(masked);
    await visible(detail.getByText('公示中 → 已聘任'));
    await screenshot(page, 'commissioner-03-appointed');

    // The list at phone width.
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 375, height: 800 });
    await openPage(page, base, '/commissioner/roster');
    await visible(rows.filter({ hasText: NAME }));
    await screenshot(page, 'commissioner-04-roster-375');
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('shows the level rules, and tpy only their own record with its 三方协议', async () => {
    const { base, page } = ctx();
    await openPage(page, base, '/commissioner/level-rules');
    await visible(page.getByText('甘科农函〔2025〕94号（甘肃省科技厅）'));
    await visible(page.getByText('本局设定（县级无公开细则）'));
    await screenshot(page, 'commissioner-05-level-rules');

    await signOut(page);
    await signIn(page, base, 'tpy', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['我的特派员档案']));
    await openPage(page, base, '/commissioner/mine');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await visible(rows.filter({ hasText: '赵立新' }));
    expect(await rows.count()).toBe(1);
    expect(await page.getByRole('button', { name: '新增特派员' }).count()).toBe(0);
    await rows.locator('a', { hasText: '赵立新' }).click();
    const detail = page.locator('.ant-drawer-content').filter({ hasText: '三方协议' });
    await visible(detail.getByText('甘肃鼎丰马铃薯种业有限公司（企业）').first());
    await visible(detail.getByText('首阳镇马铃薯种植专业合作社（合作社）'));
    expect(await detail.getByText('查看完整信息').count()).toBe(0);
    await screenshot(page, 'commissioner-06-mine');
  });
});
