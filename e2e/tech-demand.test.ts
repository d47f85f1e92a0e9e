import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn } from './support/flows';
import { explainFailures } from './support/on-failure';
import { tinyPdf } from './support/project-api';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const TITLE = '浏览器填报：钢管内衬在线检测';
const CALL = '浏览器测试揭榜挂帅批次';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
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

const day = (offset: number) => new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

describe('揭榜挂帅 in the browser: demand → call → 论证 → 发榜 → public 榜单', () => {
  it('goes through the pipeline with the enterprise, staff and two experts', async () => {
    const { base, page } = ctx();
    // Staff open a call collecting around today, two experts per demand, from the calls page.
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, '/tech-demand/calls');
    await page.getByRole('button', { name: '新建榜单批次' }).click();
    const callForm = page.getByRole('dialog', { name: '新建榜单批次' });
    await callForm.getByLabel('批次名称', { exact: true }).fill(CALL);
    for (const [label, date] of [
      ['征集开始', day(-3)],
      ['征集截止', day(3)],
      ['揭榜截止', day(60)],
    ]) {
      const input = callForm.getByLabel(label, { exact: true });
      await input.click();
      await input.fill(date);
      await input.press('Enter');
    }
    await callForm.getByLabel('每项最少专家', { exact: true }).fill('2');
    await screenshot(page, 'tech-demand-00-call-form');
    await callForm.getByRole('button', { name: /确\s?定|OK/ }).click();
    await seeText(page, `已新建榜单批次“${CALL}”`);

    // The enterprise records its demand and submits it into the call.
    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['揭榜挂帅', '我的需求']));
    await openPage(page, base, '/tech-demand/mine');
    await page.getByRole('button', { name: '填报技术需求' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await visible(drawer.getByText('填报技术需求').first());
    await drawer.getByLabel('榜单批次', { exact: true }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: CALL }).click();
    await drawer.getByLabel('需求名称', { exact: true }).fill(TITLE);
    await drawer.getByLabel('技术领域', { exact: true }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '装备制造' }).click();
    await drawer.getByLabel('技术难题', { exact: true }).fill('大口径钢管内衬质量依靠人工抽检，漏检率高');
    await drawer.getByLabel('技术指标', { exact: true }).fill('漏点检出率 ≥99%');
    await drawer.getByLabel('拟投入（万元）', { exact: true }).fill('80');
    await drawer.getByLabel('联系人', { exact: true }).fill('王海涛');
    await drawer.getByLabel('联系电话', { exact: true }).fill('13919320044');
    await screenshot(page, 'tech-demand-01-form');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, `已填报“${TITLE}”`);
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: TITLE });
    // Its materials, uploaded in the detail while it is a draft.
    await row.getByText('详情', { exact: true }).click();
    const detail = page.locator('.ant-drawer-content').filter({ hasText: '需求附件' });
    await detail
      .locator('input[type=file]')
      .setInputFiles({ name: '需求说明书.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
    await seeText(page, '已上传“需求说明书.pdf”');
    await visible(detail.getByRole('link', { name: '需求说明书.pdf' }));
    await screenshot(page, 'tech-demand-01b-attachment');
    await detail.locator('.ant-drawer-close').click();
    await row.getByText('提交', { exact: true }).click();
    await page.locator('.ant-modal-content').getByRole('button', { name: '提交需求' }).click();
    await seeText(page, `“${TITLE}”已提交需求`);
    await visible(row.getByText('已提交'));
    await screenshot(page, 'tech-demand-02-mine');

    // Staff close the collection and start 论证.
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['需求库', '榜单批次', '论证评审']));
    await openPage(page, base, '/tech-demand/calls');
    const callRow = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: CALL });
    await callRow.getByText('开始论证').click();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
    await seeText(page, '已开始论证');
    await screenshot(page, 'tech-demand-03-calls');
    // Staff assign two experts to the call's demands in its 论证评审.
    await openPage(page, base, '/tech-demand/review');
    await page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: CALL }).getByText('论证评审').click();
    const assignDrawer = page.locator('.ant-drawer-content').filter({ hasText: '指派给全部论证中需求' });
    await visible(assignDrawer.getByText(TITLE));
    await assignDrawer.locator('.ant-select-selector').first().click();
    for (const name of ['孙专家', '周专家']) {
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).first().click();
    }
    await page.keyboard.press('Escape');
    await assignDrawer.getByRole('button', { name: '指派给全部论证中需求' }).click();
    await seeText(page, /已指派 \d+ 项论证任务/);
    await visible(assignDrawer.getByText('0 / 2'));
    await screenshot(page, 'tech-demand-03b-assign');

    // Two experts score and confirm in their own page.
    for (const [username, score] of [
      ['expert', '86'],
      ['expert2', '82'],
    ]) {
      await signIn(page, base, username, DEMO_PASSWORD);
      await openPage(page, base, '/tech-demand/scoring');
      const task = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: TITLE });
      await task.getByText('打分').click();
      const modal = page.locator('.ant-modal-content');
      for (const label of ['产业带动作用', '研究基础', '技术指标', '财务指标']) {
        await modal.getByLabel(label, { exact: true }).fill(score);
      }
      if (username === 'expert') await screenshot(page, 'tech-demand-04-scoring');
      await modal.getByRole('button', { name: '确认提交' }).click();
      await seeText(page, `已确认“${TITLE}”的论证评分`);
      await visible(task.getByText('已确认'));
    }

    // Staff confirm the ranking (top 1) and publish.
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, '/tech-demand/review');
    await page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: CALL }).getByText('论证评审').click();
    const review = page.locator('.ant-drawer-content');
    await visible(review.getByText(TITLE));
    await visible(review.getByText('2 / 2'));
    await review.getByLabel('入选线').fill('1');
    await screenshot(page, 'tech-demand-05-ranking');
    await review.getByRole('button', { name: '确认排名' }).click();
    await seeText(page, '已确认论证排名');
    await openPage(page, base, '/tech-demand/calls');
    await page
      .locator('.ant-table-tbody tr.ant-table-row')
      .filter({ hasText: CALL })
      .getByText('发榜', { exact: true })
      .click();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
    await seeText(page, '已发榜');

    // A team applies; staff record its application on the published demand.
    await openPage(page, base, '/tech-demand/demands');
    await page.getByRole('row').filter({ hasText: TITLE }).getByText('详情', { exact: true }).click();
    await visible(page.getByTestId('demand-bid-section'));
    await page.getByRole('button', { name: '登记揭榜申请' }).click();
    const bid = page.getByRole('dialog', { name: '登记揭榜申请' });
    await bid.getByLabel('揭榜单位').fill('定西市农业科学研究院');
    await bid.getByLabel('团队负责人').fill('刘志强');
    await bid.getByLabel('负责人电话').fill('13893100001');
    await bid.getByLabel('团队成员').fill('赵明，助理研究员，定西市农业科学研究院，图像识别');
    await bid.getByLabel('技术方案').fill('超声与机器视觉结合的内衬漏点在线检测装置，先行在一条生产线试用');
    await bid.getByLabel('申请经费（万元）').fill('75');
    await bid.getByRole('button', { name: /确\s*定/ }).click();
    await seeText(page, '已登记揭榜申请');
    await visible(page.getByTestId('demand-bid-section').getByText('定西市农业科学研究院'));
    await screenshot(page, 'tech-demand-05b-bid');

    // The public 榜单, without signing in: the demand with its deadline, no contact person.
    await page.context().clearCookies();
    await openPage(page, base, '/public/tech-demands');
    const card = page.locator('.ant-card').filter({ hasText: TITLE });
    await visible(card);
    expect(await card.innerText()).toContain(day(60));
    expect(await page.locator('body').innerText()).not.toContain('13919320044');
    await screenshot(page, 'tech-demand-06-public', { fullPage: true });
  }, 420_000); // the whole pipeline: five sign-ins across four roles, on a shared machine
});
