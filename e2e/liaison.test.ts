import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn, signOut } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const FREE = '陇西菜源商贸有限公司';
const QIYE = '甘肃青龙管业有限责任公司';
const ISSUE = '浏览器测试：申请研发费用加计扣除的备案材料';

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

/** Picks an option of the form's select labelled `label`, typing `search` first when given. */
async function choose(page: Page, scope: Locator, label: string, option: string, search?: string): Promise<void> {
  // The innermost form item with that label (a list's items sit inside the list's own form item).
  const item = scope
    .locator('.ant-form-item')
    .filter({ has: page.locator('label', { hasText: label }) })
    .last();
  await item.locator('.ant-select-selector').first().click();
  if (search) await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

const year = new Date().getFullYear();
const row = (page: Page, text: string) =>
  page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: text }).first();

describe('干部包企业 in the browser', () => {
  it('staff assigns an enterprise to a cadre; the cadre records a visit on the phone and raises an issue; staff closes it; qiye confirms', async () => {
    const { base, page } = ctx();
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(
      expect.arrayContaining(['干部包企业', '包联分配', '走访记录', '问题办理', '包联覆盖']),
    );
    await openPage(page, base, '/liaison/assignments');
    await visible(row(page, QIYE));
    await screenshot(page, 'liaison-01-assignments');
    await page
      .getByRole('button', { name: '分 配' })
      .or(page.getByRole('button', { name: '分配' }))
      .first()
      .click();
    const drawer = page.locator('.ant-drawer-content');
    await visible(drawer.getByText('包联分配'));
    await choose(page, drawer, '包联企业', FREE, '菜源');
    await choose(page, drawer, '包联干部', '王科员');
    // The period defaults to this year.
    expect(await drawer.getByPlaceholder('结束日期').inputValue()).toBe(`${year}-12-31`);
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, `已将“${FREE}”分配给 王科员`);
    await visible(row(page, FREE));

    // The rule: a preview lists the enterprises and who already leads them.
    await page
      .getByRole('button', { name: /分\s?配/ })
      .first()
      .click();
    await visible(drawer.getByText('包联分配'));
    await drawer.getByText('按规则批量').click();
    await choose(page, drawer, '包联范围', '全部规上企业');
    await choose(page, drawer, '包联干部', '王科员');
    // The period defaults to this year.
    expect(await drawer.getByPlaceholder('结束日期').inputValue()).toBe(`${year}-12-31`);
    await drawer.getByRole('button', { name: /预\s?览/ }).click();
    await visible(drawer.getByText(/可分配 0 家/));
    await screenshot(page, 'liaison-02-rule-preview');
    await drawer.locator('.ant-drawer-close').or(page.locator('.ant-drawer-close')).first().click();
    await signOut(page);

    // The cadre (王科员) on the phone: a visit to 青龙管业 with one issue.
    await page.setViewportSize({ width: 375, height: 812 });
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, '/liaison/visits');
    await page.getByRole('button', { name: /登记走访/ }).click();
    await visible(drawer.getByText('登记走访'));
    await choose(page, drawer, '走访企业', QIYE, '青龙');
    await drawer.getByLabel('见面人员').fill('总经理 张某');
    await screenshot(page, 'liaison-03a-phone-visit-form-top');
    await choose(page, drawer, '宣讲政策', '研发费用加计扣除');
    await page.keyboard.press('Escape');
    await drawer.getByRole('button', { name: /添加问题/ }).click();
    await drawer.getByLabel('问题内容').fill(ISSUE);
    await choose(page, drawer, '问题类别', '政策咨询');
    await choose(page, drawer, '责任部门', '科技局');
    await screenshot(page, 'liaison-03-phone-visit-form');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, `已登记走访“${QIYE}”，提出问题 1 个`);
    await screenshot(page, 'liaison-04-phone-visits');
    await signOut(page);

    // Staff handles the issue: 开始办理, then 办结答复 with the answer.
    await page.setViewportSize({ width: 1366, height: 768 });
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, '/liaison/issues');
    const issue = row(page, ISSUE);
    await visible(issue);
    await issue.getByText('开始办理').click();
    const modal = page.locator('.ant-modal-content');
    await modal.getByRole('button', { name: /开始办理/ }).click();
    await seeText(page, '已开始办理');
    await visible(row(page, ISSUE).getByText('办结答复'));
    await row(page, ISSUE).getByText('办结答复').click();
    await modal.getByLabel('办理答复').fill('已将备案材料清单发送企业并电话讲解');
    await modal.getByRole('button', { name: /办结答复/ }).click();
    await seeText(page, '已办结答复');
    await visible(row(page, ISSUE).getByText('已办结'));
    await screenshot(page, 'liaison-05-issues');
    await openPage(page, base, '/liaison/coverage');
    await visible(page.getByText('按包联干部'));
    await visible(page.locator('.ant-table-row', { hasText: '王科员' }).first());
    await screenshot(page, 'liaison-06-coverage');
    await signOut(page);

    // The enterprise confirms from its own account.
    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['我的诉求']));
    await openPage(page, base, '/liaison/my-issues');
    const mine = row(page, ISSUE);
    await visible(mine);
    expect(await mine.innerText()).toContain('已将备案材料清单发送企业');
    await screenshot(page, 'liaison-07-qiye-my-issues');
    await mine.getByText('确认办结').click();
    await modal.getByRole('button', { name: /确认办结/ }).click();
    await seeText(page, '已确认办结');
    await visible(row(page, ISSUE).getByText('企业确认'));
    await page.setViewportSize({ width: 375, height: 812 });
    await screenshot(page, 'liaison-08-qiye-phone');
  });
});
