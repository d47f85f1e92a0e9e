import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const NAME = 'Willem Jansen';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser({ width: 1366, height: 800 });
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
  await scope.locator('.ant-form-item', { hasText: label }).locator('.ant-select-selector').first().click();
  if (search) await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

describe('外国专家 in the browser (staff, 1366 px)', () => {
  it('adds an expert with a 引智基地, then a visit to an enterprise of the register', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(
      expect.arrayContaining(['外国专家', '外国专家库', '来访指导记录', '引智基地']),
    );
    await openPage(page, base, '/foreign-expert/experts');
    await visible(page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: 'Jan de Vries' }));
    await page.getByRole('button', { name: '新增专家' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await visible(drawer.getByText('新增外国专家'));
    await drawer.getByLabel('姓名（外文）').fill(NAME);
    await drawer.getByLabel('中文名').fill('威廉·扬森');
    await choose(page, drawer, '国籍', '荷兰');
    await drawer.getByLabel('专业领域').fill('马铃薯病害防控');
    await drawer.getByLabel('护照号码').fill('NW2468135');
    await drawer.getByLabel('联系电话').fill('13609321234');
    await choose(page, drawer, '引智基地', '爱味客马铃薯加工引智基地');
    await screenshot(page, 'foreign-expert-01-expert-form');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, `已新增外国专家“${NAME}”`);
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: NAME });
    await visible(row);
    const text = await row.innerText();
    expect(text).not.toContain('NW2468135');
    expect(text).toContain('荷兰');
    // The passport is in the list's column chooser, off by default; the detail shows it masked.
    await row.getByText('详情').click();
    const profile = page.locator('.ant-drawer-content').filter({ hasText: '护照号码' });
    await visible(profile);
    expect(await profile.innerText()).toContain('NW*****35');
    expect(await profile.innerText()).not.toContain('NW2468135');

    await openPage(page, base, '/foreign-expert/visits');
    await page.getByRole('button', { name: '登记来访指导' }).click();
    const form = page.locator('.ant-drawer-content');
    await visible(form.getByText('登记来访指导').first());
    await form.locator('.ant-picker-range input').first().click();
    await page.keyboard.type('2021-09-06');
    await page.keyboard.press('Enter');
    await page.keyboard.type('2021-09-08');
    await page.keyboard.press('Enter');
    await choose(page, form, '来访专家', NAME, 'Willem');
    await page.keyboard.press('Escape');
    await choose(page, form, '服务企业', '甘肃爱味客马铃薯加工有限公司', '爱味客');
    await page.keyboard.press('Escape');
    await form.getByLabel('指导内容').fill('马铃薯晚疫病田间防控技术指导');
    await screenshot(page, 'foreign-expert-02-visit-form');
    await form.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, '已登记来访指导');
    const visit = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '马铃薯晚疫病田间防控' });
    await visible(visit);
    expect(await visit.innerText()).toContain('甘肃爱味客马铃薯加工有限公司');
    expect(await visit.innerText()).toContain('2021-09-06 至 2021-09-08');
    await screenshot(page, 'foreign-expert-03-visits');
    await visit.getByText('详情').click();
    const detail = page.locator('.ant-drawer-content').filter({ hasText: '来访指导详情' });
    await visible(detail.getByText('现场照片与材料'));
    await screenshot(page, 'foreign-expert-05-visit-detail');
    await page.locator('.ant-drawer-close:visible').first().click();

    await openPage(page, base, '/foreign-expert/talent-bases');
    await visible(page.getByText('海升果业引智引才基地'));
    await visible(page.getByText(NAME).first());
    await screenshot(page, 'foreign-expert-04-talent-bases');
  });
});
