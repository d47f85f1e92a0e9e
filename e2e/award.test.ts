import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn, signOut } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const PROGRAMME = '2023年浏览器测试职工技术成果奖评选';
const TITLE = '浏览器测试：管道接口密封工艺改进';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  // Each cleanup runs even if the other throws: a leaked server or browser would outlive the suite.
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

explainFailures(() => ({ page: browser?.page, server }));

const ctx = () => {
  if (!server || !browser) throw new Error('server or browser did not start');
  return { base: server.base, page: browser.page };
};

/**
 * Opens a form item's select and picks an option by its exact title, until the select shows it: the options are
 * re-rendered when the dictionary arrives, which can swallow a click on the first list.
 */
async function pick(page: Page, scope: Locator, label: string, option: string) {
  const item = scope.locator('.ant-form-item', { hasText: label }).first();
  for (let attempt = 0; attempt < 3; attempt++) {
    await item.locator('.ant-select-selector').first().click();
    // By the option's exact title: a closing dropdown may still show another option containing the text.
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
    const chosen = item.locator(`.ant-select-selection-item[title="${option}"]`);
    if (await chosen.isVisible()) return;
    await page.waitForTimeout(300);
    if (await chosen.isVisible()) return;
  }
  throw new Error(`the select “${label}” did not take “${option}”`);
}

const rows = (page: Page) => page.locator('.ant-table-tbody tr.ant-table-row');

describe('奖励与赛事 in the browser', () => {
  it('staff record a programme, a nomination of 青龙管业 and its result (获奖, 二等奖)', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(
      expect.arrayContaining(['奖励与赛事', '奖励评选', '推荐与获奖', '参赛记录']),
    );

    await openPage(page, base, '/award/programmes');
    await visible(rows(page).filter({ hasText: '2022年职工技术成果奖和“五小”创新成果奖评选' }));
    await screenshot(page, 'award-01-programmes');
    await page.getByRole('button', { name: '登记评选' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await visible(drawer.getByText('登记奖励评选'));
    await drawer.getByLabel('评选名称').fill(PROGRAMME);
    await drawer.getByLabel('主办单位').fill('定西市总工会');
    await drawer.getByLabel('年度').fill('2023');
    await pick(page, drawer, '奖项类别', '职工技术成果奖');
    await page.keyboard.press('Escape');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, `已登记“${PROGRAMME}”`);
    await visible(rows(page).filter({ hasText: PROGRAMME }));

    await openPage(page, base, '/award/nominations');
    await page.getByRole('button', { name: '登记推荐' }).click();
    const form = page.locator('.ant-drawer-content');
    await visible(form.getByText('登记推荐'));
    await pick(page, form, '评选', `${PROGRAMME}（2023）`);
    await pick(page, form, '奖项类别', '职工技术成果奖');
    await form.locator('.ant-form-item', { hasText: '企业' }).locator('.ant-select-selector').first().click();
    await page.keyboard.type('qlgy');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '甘肃青龙管业有限责任公司' })
      .click();
    await form.getByLabel('成果名称').fill(TITLE);
    await screenshot(page, 'award-02-nomination-form');
    await form.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, '已登记推荐：甘肃青龙管业有限责任公司');

    const row = rows(page).filter({ hasText: PROGRAMME });
    await visible(row);
    expect(await row.innerText()).toContain('推荐');
    await row.getByText('登记结果').click();
    const dialog = page.locator('.ant-modal-content');
    await visible(dialog.getByText('登记评选结果'));
    await pick(page, dialog, '获奖等级', '二等奖');
    await dialog.getByLabel('名次').fill('2');
    await screenshot(page, 'award-03-result');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, '已登记评选结果：获奖');
    await visible(row.getByText('二等奖'));
    expect(await row.innerText()).toContain('第 2 名');
    await screenshot(page, 'award-04-awarded');

    // The demo's competitions: 第十一届中国创新创业大赛 with 2 entries, the 科普讲解大赛 preliminaries with 4.
    await openPage(page, base, '/award/competitions');
    await visible(rows(page).filter({ hasText: '第十一届中国创新创业大赛（甘肃赛区）' }).getByText('2 / 0'));
    await screenshot(page, 'award-07-competitions');
    await rows(page).filter({ hasText: '第七届甘肃省科普讲解大赛（预赛）' }).getByText('4 / 2').click();
    await visible(rows(page).filter({ hasText: '陈*娟' }).getByText('优秀奖'));
    expect(await rows(page).count()).toBe(4);
    await screenshot(page, 'award-08-entries');
    await signOut(page);
  });

  it('the enterprise sees it on its timeline and among its own awards', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    await openPage(page, base, '/enterprise/mine');
    const events = page.locator('.ant-timeline-item').filter({ hasText: PROGRAMME });
    await visible(events.filter({ hasText: '获得职工技术成果奖二等奖，第 2 名' }));
    await visible(events.filter({ hasText: '推荐参加' }));
    await screenshot(page, 'award-05-timeline');

    await openPage(page, base, '/award/mine');
    await visible(rows(page).filter({ hasText: PROGRAMME }));
    expect(await page.getByRole('button', { name: '登记推荐' }).count()).toBe(0);
    await screenshot(page, 'award-06-mine');
    await rows(page).filter({ hasText: PROGRAMME }).getByText('记录').click();
    const history = page.locator('.ant-modal-content');
    await visible(history.getByText('推荐 → 获奖'));
    expect(await history.innerText()).toContain('获得职工技术成果奖二等奖，第 2 名');
    await page.waitForTimeout(400); // the modal's opening animation
    await screenshot(page, 'award-09-history');
  });
});
