import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import { openPage, signIn } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import {
  BID_OPEN_TITLE,
  BID_SIGN_INSTITUTION,
  BID_SIGN_TITLE,
  withBidDemands,
} from './support/tech-demand-bid-fixture';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const INSTITUTION = '定西市农业科学研究院';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer({ prepare: withBidDemands });
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

/** Opens a demand's detail drawer from a list page by its title. */
async function openDemand(path: string, title: string) {
  const { base, page } = ctx();
  await openPage(page, base, path);
  const row = page.getByRole('row').filter({ hasText: title });
  await row.getByText('详情', { exact: true }).click();
  await visible(page.getByTestId('demand-bid-section'));
}

describe('揭榜 in the browser', () => {
  it('staff record a team’s application on a published demand', async () => {
    const { base, page } = ctx();
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openDemand('/tech-demand/demands', BID_OPEN_TITLE);
    await page.getByRole('button', { name: '登记揭榜申请' }).click();
    const modal = page.getByRole('dialog', { name: '登记揭榜申请' });
    await modal.getByLabel('揭榜单位').fill(INSTITUTION);
    await modal.getByLabel('团队负责人').fill('王建军');
    await modal.getByLabel('负责人电话').fill('13909321186');
    await modal.getByLabel('团队成员').fill('李晓梅，副研究员，定西市农业科学研究院，水肥试验');
    await modal.getByLabel('技术方案').fill('膜下滴灌结合水肥一体化，按马铃薯需肥规律分期施肥，建立示范田 500 亩');
    await modal.getByLabel('申请经费（万元）').fill('110');
    await modal.getByRole('button', { name: /确\s*定/ }).click();
    await seeText(page, '已登记揭榜申请');
    const section = page.getByTestId('demand-bid-section');
    await visible(section.getByText(INSTITUTION));
    await visible(section.getByText('已申请'));
    await visible(page.locator('.ant-drawer').getByText('揭榜中').first());
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'tech-demand-bid-01-application');
  });

  it('the enterprise chooses the application on its own demand, and the 公示 dates show', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    await openDemand('/tech-demand/mine', BID_OPEN_TITLE);
    const section = page.getByTestId('demand-bid-section');
    // The phone is masked for everyone who reads the application.
    await section
      .getByRole('button', { name: /展开|Expand/ })
      .first()
      .click()
      .catch(() => undefined);
    await section.getByText('选定', { exact: true }).click();
    await page
      .getByRole('button', { name: /确\s*定|OK/ })
      .last()
      .click();
    await seeText(page, `已选定${INSTITUTION}，进入公示`);
    await visible(section.getByText('中选'));
    await visible(
      section.getByText(/揭榜结果公示：定西市农业科学研究院，\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}（公示中）/),
    );
    await section.getByText(/揭榜结果公示/).scrollIntoViewIfNeeded();
    await screenshot(page, 'tech-demand-bid-02-chosen');

    // The public page, without signing in: the result under 公示 with its working-day period, no person named.
    await page.context().clearCookies();
    await openPage(page, base, '/public/tech-demands');
    const publicity = page.locator('.ant-card').filter({ hasText: '揭榜结果公示' });
    await visible(publicity.getByText(BID_OPEN_TITLE, { exact: false }));
    await visible(publicity.getByText(INSTITUTION));
    await visible(publicity.getByText(/\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}（5 个工作日）/));
    expect(await page.locator('body').innerText()).not.toContain('王建军');
    await screenshot(page, 'tech-demand-bid-02b-public-publicity');
  });

  it('after the 公示, staff record the contract with two milestones', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openDemand('/tech-demand/demands', BID_SIGN_TITLE);
    const section = page.getByTestId('demand-bid-section');
    await visible(section.getByText('（已结束）', { exact: false }));
    await section.getByRole('button', { name: '登记合同' }).click();
    const modal = page.getByRole('dialog', { name: '登记揭榜合同' });
    await modal.getByLabel('合同金额（万元）').fill('100');
    await modal.getByRole('button', { name: '添加里程碑' }).click();
    const titles = modal.getByPlaceholder('里程碑名称');
    const dues = modal.getByPlaceholder('计划完成');
    const pays = modal.getByPlaceholder('企业支付');
    const county = modal.getByPlaceholder('县级资金');
    const rows: [string, string, string, string][] = [
      ['连作障碍田块土壤改良试验', '2027-06-30', '30', '10'],
      ['示范推广 1000 亩并通过测产', '2028-06-30', '50', '10'],
    ];
    for (const [i, [title, due, pay, fund]] of rows.entries()) {
      await titles.nth(i).fill(title);
      await dues.nth(i).click();
      await dues.nth(i).fill(due);
      await dues.nth(i).press('Enter');
      await pays.nth(i).fill(pay);
      await county.nth(i).fill(fund);
    }
    await screenshot(page, 'tech-demand-bid-03-contract-form');
    await modal.getByRole('button', { name: /确\s*定/ }).click();
    await seeText(page, '已登记揭榜合同');
    await visible(section.getByText('示范推广 1000 亩并通过测产'));
    await visible(section.getByText(BID_SIGN_INSTITUTION).first());
    await visible(page.locator('.ant-drawer').getByText('已揭榜(签约)').first());
    expect(await section.getByText('进行中').count()).toBe(2);
    await section.getByText('示范推广 1000 亩并通过测产').scrollIntoViewIfNeeded();
    await screenshot(page, 'tech-demand-bid-04-contract');
  });
});
