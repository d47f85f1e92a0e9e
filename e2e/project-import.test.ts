import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import { downloadBy, problemRows, tableRows, uploadWorkbook } from './support/enterprise-flows';
import { fillTemplate } from './support/enterprise-import-file';
import { openPage, signIn, signOut } from './support/flows';
import { apiCall, apiLogin, fundingKindFen, wanText } from './support/project-api';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const TITLE = '马铃薯全粉加工节能干燥技术研究（历史导入）';

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

describe('historical project import (browser)', () => {
  it('staff import old projects: a bad row is named first, then the clean file lands in the list and the ledger total', async () => {
    if (!server || !browser) throw new Error('server or browser did not start');
    const { base } = server;
    const { page } = browser;
    const staffApi = await apiLogin(base, 'staff', DEMO_PASSWORD);
    const unit = (
      await apiCall<{ data: { name: string; creditCode: string }[] }>(
        base,
        staffApi,
        'GET',
        `/enterprises?keyword=${encodeURIComponent('青龙管业')}&pageSize=1`,
      )
    ).data[0];
    const before = await fundingKindFen(base, staffApi);
    // 2023 records are newer than the demo ledger's, so they head the ledger list.
    const rows: Record<string, string | number>[] = [
      {
        年度: 2023,
        计划类别: '县级科技计划',
        级别: '县级',
        项目名称: TITLE,
        承担单位: unit.name,
        统一社会信用代码: unit.creditCode,
        状态: '验收通过',
        立项日期: '2023-06-30',
        '中央资金（万元）': 50,
        '县级资金（万元）': 10.5,
        '企业自筹（万元）': 20,
        开始日期: '2023-07-01',
        结束日期: '2024-06-30',
        负责人: '李明',
      },
      {
        年度: 2023,
        计划类别: '市级科技计划',
        级别: '市级',
        项目名称: '管道防腐涂层工艺改进（历史导入）',
        承担单位: unit.name,
        统一社会信用代码: unit.creditCode,
        状态: '实施中',
        立项日期: '2023-05-10',
        '省级资金（万元）': 12.345678,
      },
    ];

    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, '/project/applications');
    await page.getByRole('button', { name: '导入历史项目' }).click();
    const dialog = page.getByRole('dialog', { name: /导入历史项目/ });
    await visible(dialog);
    const tpl = await downloadBy(page, () => dialog.getByRole('button', { name: '下载导入模板' }).click());
    await dialog.getByRole('button', { name: '下一步：上传文件' }).click();

    await uploadWorkbook(
      dialog,
      '历史项目-有错.xlsx',
      await fillTemplate(tpl.content, [{ ...rows[0], 结束日期: '2023-01-01' }, rows[1]]),
    );
    await visible(dialog.getByText(/校验未通过/), 60_000);
    const problems = await problemRows(dialog);
    expect(problems).toEqual([['第 2 行', '结束日期', '结束日期不能早于开始日期']]);
    await screenshot(page, 'pi01-import-problems');

    await dialog.getByRole('button', { name: '重新上传' }).click();
    await uploadWorkbook(dialog, '历史项目.xlsx', await fillTemplate(tpl.content, rows));
    await visible(dialog.getByText(/校验通过/), 60_000);
    await screenshot(page, 'pi02-import-preview');
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await visible(dialog.getByText('导入完成'), 60_000);
    await seeText(page, '新增 2 个项目');
    await dialog.getByRole('button', { name: '完成' }).click();
    await tableRows(page).filter({ hasText: TITLE }).getByRole('link', { name: TITLE }).click();
    await visible(page.getByTestId('imported-tag'));
    await seeText(page, '李明');
    await screenshot(page, 'pi03-imported-application');

    // Grants 50 + 10.5 + 12.345678 万元 = 728456.78 元 to the cent; the 20 万元 自筹 is matching, a kind of its own.
    const after = await fundingKindFen(base, staffApi);
    expect(after.get('grant')! - before.get('grant')!).toBe(72_845_678n);
    expect(after.get('matching')! - (before.get('matching') ?? 0n)).toBe(20_000_000n);
    await openPage(page, base, '/project/funding');
    await visible(tableRows(page).filter({ hasText: TITLE }).first());
    await visible(page.getByTestId('funding-total-grant').getByText(`下达资金 ${wanText(after.get('grant')!)} 万元`));
    await screenshot(page, 'pi04-funding-ledger');
    await signOut(page);
  });
});
