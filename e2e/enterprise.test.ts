import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import {
  BAD_ROWS,
  IMPORT_NAME_PREFIX,
  columnTexts,
  fillTemplate,
  goodRow,
  headerTexts,
  rowsWithMistakes,
} from './support/enterprise-import-file';
import { downloadBy, problemRows, searchRegister, tableRows, uploadWorkbook } from './support/enterprise-flows';
import { openPage, signIn } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const ROWS = 30;
// Excel row numbers: the header is row 1, so data row n sits on sheet row n + 1.
const sheetRow = (n: number) => n + 1;
const NOTICE_TITLE = '关于2022年拟认定省级科技创新型企业名单（第二批）的公示';
// The demo's two provincial-tier records at 推荐: publishing the notice moves them to 公示.
const RECOMMENDED = ['甘肃众智众创科技发展有限公司', '甘肃鼎丰马铃薯种业有限公司'];
// The demo's three already in 公示, in the demo's published notice (seed report: '3家企业进入公示阶段').
const DEMO_NOTICE = '关于2022年拟推荐省级科技创新型企业名单的公示';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;
let template: Buffer | undefined;

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

describe('enterprise register in the browser (staff)', () => {
  it('imports 30 rows: 3 bad rows are named, the error report explains them, the fixed file goes in', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, '/enterprise/list');
    await visible(tableRows(page));

    await page.getByRole('button', { name: '导入' }).click();
    const dialog = page.getByRole('dialog', { name: '导入企业' });
    await visible(dialog);
    const tpl = await downloadBy(page, () => dialog.getByRole('button', { name: '下载导入模板' }).click());
    expect(tpl.name).toMatch(/\.xlsx$/);
    expect(await headerTexts(tpl.content)).toEqual(
      expect.arrayContaining(['*企业名称', '*统一社会信用代码', '职工总数']),
    );
    template = tpl.content;

    await dialog.getByRole('button', { name: '下一步：上传文件' }).click();
    await uploadWorkbook(dialog, '企业导入-有错.xlsx', await fillTemplate(template, rowsWithMistakes(ROWS)));
    await visible(dialog.getByText('校验未通过：共 30 行，失败 3 行'), 60_000);
    const problems = await problemRows(dialog);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toEqual([
      `第 ${sheetRow(BAD_ROWS.checkChar)} 行`,
      '统一社会信用代码',
      expect.stringContaining('校验码错误'),
    ]);
    expect(problems[1]).toEqual([
      `第 ${sheetRow(BAD_ROWS.noName)} 行`,
      '企业名称',
      expect.stringContaining('不能为空'),
    ]);
    expect(problems[2]).toEqual([
      `第 ${sheetRow(BAD_ROWS.textInCount)} 行`,
      '职工总数',
      expect.stringContaining('须为整数'),
    ]);
    expect(await dialog.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);
    await screenshot(page, 'ent-01-import-problems');

    const report = await downloadBy(page, () => dialog.getByRole('button', { name: '下载错误报告' }).click());
    expect((await headerTexts(report.content)).some((h) => h.startsWith('错误原因'))).toBe(true);
    const reasons = (await columnTexts(report.content, '错误原因')).filter(Boolean);
    expect(reasons).toHaveLength(3);
    expect(reasons.join('\n')).toMatch(/职工总数/);

    await dialog.getByRole('button', { name: '重新上传' }).click();
    const fixed = Array.from({ length: ROWS }, (_, i) => goodRow(i + 1));
    await uploadWorkbook(dialog, '企业导入-已修改.xlsx', await fillTemplate(template, fixed));
    await visible(dialog.getByText('校验通过：共 30 行，失败 0 行'), 60_000);
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await visible(dialog.getByText('导入完成'), 60_000);
    await seeText(page, '新增 30 户，更新 0 户');
    await screenshot(page, 'ent-02-import-done');
    await dialog.getByRole('button', { name: '完成' }).click();

    await searchRegister(page, IMPORT_NAME_PREFIX);
    await seeText(page, /共 30 条/);
    await visible(tableRows(page).filter({ hasText: IMPORT_NAME_PREFIX }));
    // The first page of the 30 new rows: every row on it is one of them.
    expect(await tableRows(page).filter({ hasText: IMPORT_NAME_PREFIX }).count()).toBe(await tableRows(page).count());
    await screenshot(page, 'ent-03-imported-rows');
  });

  it('finds 青龙管业 by pinyin initials and shows its timeline', async () => {
    const { page } = ctx();
    await searchRegister(page, 'qlgy');
    await visible(tableRows(page).filter({ hasText: '甘肃青龙管业有限责任公司' }));
    await seeText(page, /共 1 条/);
    expect(await tableRows(page).count()).toBe(1);
    await screenshot(page, 'ent-04-register-qlgy');

    await tableRows(page).getByRole('link', { name: '甘肃青龙管业有限责任公司' }).click();
    await page.waitForURL(/\/enterprise\/\d+$/);
    await seeText(page, '时间线');
    await page.waitForFunction(() => document.title === '甘肃青龙管业有限责任公司 - 科创 · 县科技局业务平台');
    const timeline = page.locator('.ant-timeline-item');
    await visible(timeline);
    await visible(timeline.filter({ hasText: '纳入企业名录' }));
    await screenshot(page, 'ent-05-enterprise-detail', { fullPage: true });
  });

  it('runs the 高企 self-assessment for it: eight conditions and the 71-point verdict', async () => {
    const { page } = ctx();
    await page.getByRole('button', { name: '高企自评' }).click();
    await page.waitForURL(
      (url) => url.pathname === '/enterprise/self-assessment' && url.searchParams.get('tab') === 'high-tech',
    );
    // Prefilled from the register: the founding date of 青龙管业.
    await visible(page.locator('input[value="2011-08-02"]'));
    await page
      .getByRole('button', { name: '测 算' })
      .or(page.getByRole('button', { name: '测算' }))
      .first()
      .click();
    const result = page.locator('.kc-assessment-result');
    await visible(result.locator('.kc-verdict'));
    await expect.poll(() => result.locator('.kc-condition').count()).toBe(8);
    await visible(result.getByText('八项认定条件'));
    await visible(result.getByText(/及格线 71 分/).first());
    expect(await result.locator('.kc-verdict').innerText()).toMatch(/确定通过|可能通过|难以通过|不符合条件/);
    await screenshot(page, 'ent-06-high-tech-assessment');
  });

  it('publishes a 公示 whose end date counts working days, and shows it without signing in', async () => {
    const { base, page } = ctx();
    await openPage(page, base, '/enterprise/notices');
    await page.getByRole('button', { name: '新建公示' }).click();
    const dialog = page.getByRole('dialog', { name: '新建公示' });
    await visible(dialog);
    await dialog.getByLabel('标题').fill(NOTICE_TITLE);
    await dialog.getByLabel('公示对象').click();
    for (const name of RECOMMENDED) await page.locator('.ant-select-item-option', { hasText: name }).click();
    await dialog.getByText('新建公示', { exact: true }).click(); // closes the dropdown without closing the dialog
    await dialog.getByLabel('开始日期').fill('2022-06-27');
    await dialog.getByLabel('开始日期').press('Enter');
    await dialog.getByLabel('联系方式').fill('县科技局 0932-6621234');
    await dialog.getByLabel('监督电话').fill('0932-6620000');
    await dialog.getByRole('button', { name: /确\s?定/ }).click();
    // 2022-06-27 is a Monday: five working days end on Friday 07-01.
    await seeText(page, '公示期：2022-06-27 至 2022-07-01（5 个工作日');
    // Dismiss the saved-draft notice by its own button, and let both dialogs go before touching the table: on a
    // loaded machine the form dialog was still closing and a modal's wrapper took the next click (seen in CI).
    const saved = page.locator('.ant-modal-confirm', { hasText: '已保存公示草稿' });
    await saved.getByRole('button', { name: /知道了|确\s?定/ }).click();
    await saved.waitFor({ state: 'hidden' });
    await dialog.waitFor({ state: 'hidden' });

    const row = tableRows(page).filter({ hasText: NOTICE_TITLE });
    await row.getByText('发布', { exact: true }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定/ })
      .click();
    await visible(row.getByText('公开页面'));
    const href = await row.getByRole('link', { name: /公开页面/ }).getAttribute('href');
    expect(href).toMatch(/^\/public\/notices\/\d+$/);

    await page.context().clearCookies();
    await page.goto(`${base}${href}`);
    await seeText(page, NOTICE_TITLE);
    await seeText(page, '公示期：2022年6月27日至2022年7月1日');
    for (const name of RECOMMENDED) await visible(tableRows(page).filter({ hasText: name }));
    await seeText(page, '监督电话：0932-6620000');
    expect(await page.locator('.ant-pro-layout').count()).toBe(0);
    expect(page.url()).not.toContain('/login');
    await screenshot(page, 'ent-07-public-notice', { fullPage: true });

    // The login page leads to the public list, which holds the demo's notice and the one just published.
    await page.goto(`${base}/login`);
    await page.getByRole('link', { name: '查看公示公告（无需登录）' }).click();
    await page.waitForURL(/\/public\/notices$/);
    await seeText(page, DEMO_NOTICE);
    await seeText(page, NOTICE_TITLE);
    await screenshot(page, 'ent-08-public-notices-from-login', { fullPage: true });
  });
});
