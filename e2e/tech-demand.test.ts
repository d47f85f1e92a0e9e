import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn } from './support/flows';
import { explainFailures } from './support/on-failure';
import { apiCall, apiLogin } from './support/project-api';
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
    // Setup: staff open a call collecting around today (dates typed through the API), two experts per demand.
    const staffApi = await apiLogin(base, 'staff', DEMO_PASSWORD);
    await apiCall(base, staffApi, 'POST', '/tech-demand/calls', {
      regionCode: '621122',
      year: Number(day(0).slice(0, 4)),
      title: CALL,
      collectFrom: day(-3),
      collectTo: day(3),
      bidDeadline: day(60),
      minExperts: 2,
    });

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
    const calls = await apiCall<{ data: { id: number; title: string }[] }>(base, staffApi, 'GET', '/tech-demand/calls');
    const callId = calls.data.find((c) => c.title === CALL)!.id;
    const demands = await apiCall<{ data: { id: number }[] }>(
      base,
      staffApi,
      'GET',
      `/tech-demand/demands?callId=${callId}`,
    );
    const experts = await apiCall<{ id: number; name: string }[]>(base, staffApi, 'GET', '/tech-demand/experts');
    const pick = experts.filter((x) => ['孙专家', '周专家'].includes(x.name)).map((x) => x.id);
    expect(pick).toHaveLength(2);
    await apiCall(base, staffApi, 'POST', '/tech-demand/review/assign', {
      demandIds: demands.data.map((d) => d.id),
      expertIds: pick,
    });

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

    // The public 榜单, without signing in: the demand with its deadline, no contact person.
    await page.context().clearCookies();
    await openPage(page, base, '/public/tech-demands');
    const card = page.locator('.ant-card').filter({ hasText: TITLE });
    await visible(card);
    expect(await card.innerText()).toContain(day(60));
    expect(await page.locator('body').innerText()).not.toContain('13919320044');
    await screenshot(page, 'tech-demand-06-public', { fullPage: true });
  });
});
