import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { atPath, seeText, visible } from './support/expect-ui';
import { openPage, signIn, signOut } from './support/flows';
import { downloadBy, problemRows, uploadWorkbook } from './support/enterprise-flows';
import { fillTemplate, sheetRows } from './support/enterprise-import-file';
import { apiCall, apiLogin, type ApiSession } from './support/project-api';
import { createDraftTask } from './support/rd-api';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const TASK_TITLE = '2023年上半年研发经费统计（浏览器测试任务）';
const RETURN_REASON = '研发经费内部支出与账面研发费用辅助账不符，请按辅助账核对后重新提交';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;
let taskId = 0;
let staffApi: ApiSession | undefined;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser();
  staffApi = await apiLogin(server.base, 'staff', DEMO_PASSWORD);
  taskId = (await createDraftTask(server.base, staffApi, TASK_TITLE, '2023H1')).id;
}, 180_000);

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

explainFailures(() => ({ page: browser?.page, server }));

const ctx = () => {
  if (!server || !browser) throw new Error('server or browser did not start');
  return { base: server.base, page: browser.page };
};

/** A consistent split of the internal expenditure (元): by type 40/30/10/15/5 %, by source 80/10/10 %. */
function figuresFor(total: number): Record<string, string> {
  const part = (p: number) => ((total * p) / 100).toFixed(2);
  return {
    营业收入: String(total * 20),
    研发经费内部支出合计: total.toFixed(2),
    人员劳务费: part(40),
    原材料费: part(30),
    折旧费与长期待摊费用: part(10),
    仪器和设备购置费: part(15),
    其他费用: part(5),
    企业自有资金: part(80),
    政府资金: part(10),
    其他资金: part(10),
    研发经费外部支出: '0',
    享受研发费用加计扣除额: part(50),
  };
}

/** antd puts a space between the two characters of a two-character button label (提 交). */
const button = (page: Page, label: string) =>
  page.locator('button').filter({ hasText: new RegExp(`^${label.split('').join('\\s?')}$`) });

async function fillFigures(page: Page, figures: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(figures)) {
    const input = page.getByLabel(label, { exact: true });
    if (await input.isEnabled()) await input.fill(value);
  }
}

/** Every warning needs an explanation before submitting; fill whichever the server raised. */
async function explainWarnings(page: Page): Promise<void> {
  for (const box of await page.getByLabel('情况说明').all()) {
    await box.fill('本期新上马铃薯淀粉废水资源化项目，研发投入较上期增加，已附研发费用辅助账。');
  }
}

async function openMyForm(page: Page, base: string): Promise<void> {
  await openPage(page, base, '/rd/mine');
  await page.getByRole('link', { name: TASK_TITLE }).click();
  await page.waitForURL((u) => /^\/rd\/units\/\d+$/.test(u.pathname));
  await visible(page.getByText('核查结果'));
}

describe('R&D expenditure collection in the browser', () => {
  it('staff open a task for 10 units', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, '/rd/tasks');
    await page.getByRole('link', { name: TASK_TITLE }).click();
    await atPath(page, `/rd/tasks/${taskId}`);
    await page.getByRole('button', { name: '发布任务' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await seeText(page, '已发布任务，单位可开始填报');
    await visible(page.locator('.ant-pro-page-container').getByText('填报中'));
    expect(await page.getByTestId('overall-rate').innerText()).toBe('0.00%');
    await visible(page.locator('.ant-statistic', { hasText: '填报单位' }).getByText('10', { exact: true }));
    await screenshot(page, 'rd01-staff-task-opened');
    await signOut(page);
  });

  it('the enterprise user fills the form; a cross-check fires and blocks submission until corrected', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    await openMyForm(page, base);
    // A figure pre-filled from the register is shown as text, not as an input.
    const staffTotal = page.getByLabel('从业人员期末人数', { exact: true });
    const staffItem = page.locator('.ant-form-item', { hasText: '从业人员期末人数' });
    await visible(staffItem);
    if ((await staffTotal.count()) > 0) await staffTotal.fill('120');
    const employees = Number(
      (await staffTotal.count()) > 0
        ? await staffTotal.inputValue()
        : (await staffItem.getByTestId('rd-figure-readonly').innerText()).replace(/\D/g, ''),
    );
    // More R&D staff than employees: the server's cross-check must catch it.
    await page.getByLabel('研发人员数', { exact: true }).fill(String(employees + 5));
    await fillFigures(page, figuresFor(1_250_000));
    await page.getByRole('button', { name: '增加研发项目' }).click();
    await page.getByLabel('项目名称').fill('高性能防腐涂层钢管工艺研发');
    await page.getByLabel('参加人员').fill('8');
    await page.getByLabel('人月').fill('36');
    await page.getByLabel('项目经费内部支出').fill('800000');
    await page.getByLabel('项目其中政府资金').fill('100000');
    await button(page, '保存').click();
    const finding = `研发人员数 ${employees + 5} 人多于从业人员期末人数 ${employees} 人`;
    await visible(page.getByTestId('rd-findings').getByText(`错误：${finding}`));
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'rd02-enterprise-cross-check');
    await button(page, '提交').click();
    await seeText(page, /有 1 项错误，不能提交/);

    await page.getByLabel('研发人员数', { exact: true }).fill(String(Math.min(employees, 20)));
    await button(page, '保存').click();
    await page
      .getByTestId('rd-findings')
      .getByText(finding)
      .waitFor({ state: 'detached', timeout: 60_000 })
      .catch(() => undefined);
    expect(await page.getByTestId('rd-findings').getByText(finding).count()).toBe(0);
    await explainWarnings(page);
    await button(page, '提交').click();
    await seeText(page, '已提交，等待科技局审核');
    await visible(page.locator('.ant-descriptions-title .ant-tag', { hasText: '已提交' }));
    await signOut(page);
  });

  it('staff see it on the review list and return it with a reason', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, `/rd/review?task=${taskId}`);
    await visible(page.getByText(TASK_TITLE));
    const row = page.getByRole('row').filter({ hasText: '青龙管业' }).filter({ hasText: '已提交' });
    await visible(row);
    await screenshot(page, 'rd06-review-list');
    await row.getByRole('link', { name: '审核' }).click();
    await page.waitForURL((u) => /^\/rd\/units\/\d+$/.test(u.pathname));
    await page.getByRole('button', { name: '退回修改' }).click();
    await page.getByLabel('退回原因').fill(RETURN_REASON);
    await button(page, '退回').click();
    await seeText(page, '已退回，单位将收到通知');
    await visible(page.locator('.ant-descriptions-title .ant-tag', { hasText: '退回' }));
    await signOut(page);
  });

  it('the enterprise corrects the figures and resubmits', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    await openPage(page, base, '/rd/mine');
    await visible(page.getByRole('row').filter({ hasText: TASK_TITLE }).getByText(RETURN_REASON));
    await screenshot(page, 'rd07-mine-returned');
    await openMyForm(page, base);
    await visible(page.getByTestId('return-reason').getByText(RETURN_REASON));
    await fillFigures(page, figuresFor(1_300_000));
    await button(page, '保存').click();
    await seeText(page, /已保存/);
    await explainWarnings(page);
    await button(page, '提交').click();
    await seeText(page, '已提交，等待科技局审核');
    await signOut(page);
  });

  it('staff approve; the completion rate and the county total update', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, `/rd/tasks/${taskId}`);
    const row = page.getByRole('row').filter({ hasText: '青龙管业' });
    await row.getByRole('link', { name: '审核' }).click();
    await page.waitForURL((u) => /^\/rd\/units\/\d+$/.test(u.pathname));
    // Staff read the figures as text with thousands separators, never a pale input holding 1300000.00.
    const internal = page.locator('.ant-form-item', { hasText: '研发经费内部支出合计' });
    await visible(internal.getByTestId('rd-figure-readonly').getByText('1,300,000.00 元', { exact: true }));
    expect(await internal.locator('input').count()).toBe(0);
    await page.getByRole('button', { name: '审核通过' }).click();
    await seeText(page, '已审核通过');

    await openPage(page, base, `/rd/tasks/${taskId}`);
    await visible(page.getByTestId('overall-rate'));
    expect(await page.getByTestId('overall-rate').innerText()).toBe('10.00%');
    await screenshot(page, 'rd03-staff-completion');

    await openPage(page, base, `/rd/summary?task=${taskId}`);
    await visible(page.getByText(TASK_TITLE));
    await visible(page.getByTestId('county-total'));
    expect(await page.getByTestId('county-total').innerText()).toBe('130.00 万元');
    await screenshot(page, 'rd04-summary');

    // The export follows the tab on show and carries the same total.
    await page.getByRole('tab', { name: '按行业' }).click();
    const file = await downloadBy(page, () => page.getByRole('button', { name: '导出当前表' }).click());
    expect(file.name).toBe(`${TASK_TITLE}·按行业汇总.xlsx`);
    const totalRow = (await sheetRows(file.content)).find((r) => r[0] === '合计');
    expect(totalRow).toContain(1_300_000);
    await signOut(page);
  });

  it('staff import another unit’s figures from the statistics office’s sheet; a bad row is refused first', async () => {
    const { base, page } = ctx();
    const pending = await apiCall<{ data: { creditCode: string; enterpriseName: string }[] }>(
      base,
      staffApi!,
      'GET',
      `/rd/tasks/${taskId}/units?status=not_filled&pageSize=1`,
    );
    const unit = pending.data[0];
    const row = (revenue: string | number) => ({
      统一社会信用代码: unit.creditCode,
      '从业人员期末人数（人）': 200,
      '营业收入（元）': revenue,
      '研发人员数（人）': 30,
      '研发经费内部支出合计（元）': 1_000_000,
      '人员劳务费（元）': 400_000,
      '原材料费（元）': 300_000,
      '折旧费与长期待摊费用（元）': 100_000,
      '仪器和设备购置费（元）': 150_000,
      '其他费用（元）': 50_000,
      '企业自有资金（元）': 800_000,
      '政府资金（元）': 100_000,
      '其他资金（元）': 100_000,
      '研发经费外部支出（元）': 0,
      情况说明: '按统计局报表核对无误。',
    });
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, `/rd/tasks/${taskId}`);
    await page.getByRole('button', { name: '导入统计报表' }).click();
    const dialog = page.getByRole('dialog', { name: /导入研发经费数据/ });
    await visible(dialog);
    const tpl = await downloadBy(page, () => dialog.getByRole('button', { name: '下载导入模板' }).click());
    await dialog.getByRole('button', { name: '下一步：上传文件' }).click();
    await uploadWorkbook(dialog, '研发经费-有错.xlsx', await fillTemplate(tpl.content, [row('两千万')]));
    await visible(dialog.getByText(/校验未通过/), 60_000);
    const problems = await problemRows(dialog);
    expect(problems[0]).toEqual(['第 2 行', expect.stringContaining('营业收入'), expect.stringContaining('不是数字')]);
    await screenshot(page, 'rd05-import-problems');
    await dialog.getByRole('button', { name: '重新上传' }).click();
    await uploadWorkbook(dialog, '研发经费-已修改.xlsx', await fillTemplate(tpl.content, [row(20_000_000)]));
    await visible(dialog.getByText(/校验通过/), 60_000);
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await visible(dialog.getByText('导入完成'), 60_000);
    await seeText(page, '已写入 1 个单位的填报数据');
    await dialog.getByRole('button', { name: '完成' }).click();
    await visible(page.getByTestId('overall-rate').getByText('20.00%'));
    await signOut(page);
  });

  it('staff tighten the 较上期变动过大 threshold on the rules page; structural checks stay fixed', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '核查规则' }).click();
    await atPath(page, '/rd/check-rules');
    const jump = page.getByRole('row').filter({ hasText: '较上期变动过大' });
    await visible(jump.getByText('50%'));
    await visible(page.getByRole('row').filter({ hasText: '分项大于合计' }).getByText('固定'));
    await jump.getByText('修改').click();
    const dialog = page.getByRole('dialog', { name: /修改核查规则/ });
    await visible(dialog);
    await dialog.getByLabel('阈值（%）').fill('30');
    await button(page, '确定').click();
    await seeText(page, '已修改核查规则“较上期变动过大”');
    await visible(jump.getByText('30%'));
    await screenshot(page, 'rd08-check-rules');
    await signOut(page);
  });
});
