import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn, signOut } from './support/flows';
import { explainFailures } from './support/on-failure';
import { tinyPdf } from './support/project-api';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const NAME = '高性能输水管道防腐内衬工艺';
const RETURN_REASON = '用户证明未加盖使用单位公章，请补充后重新提交';
// The 登记号's year is the 登记日期's, which the dialog fills with today (China time).
const YEAR = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4);
const REGISTRATION_NO = `620${YEAR}Y0777`;

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  // The bureau's common laptop width.
  browser = await launchBrowser({ width: 1366, height: 768 });
}, 180_000);

afterAll(async () => {
  // Each cleanup runs even if the other throws: a leaked server or browser would outlive the suite.
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

explainFailures(() => ({ page: browser?.page, server }));

const ctx = () => {
  if (!server || !browser) throw new Error('server or browser did not start');
  return { base: server.base, page: browser.page };
};

/** Picks an option of the form's select labelled `label`. */
async function choose(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByLabel(label).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** Opens the registration's drawer from the list. */
async function openRegistration(page: Page, base: string, path: string): Promise<Locator> {
  await openPage(page, base, path);
  await page.locator('.ant-table-tbody tr.ant-table-row').getByText(NAME, { exact: true }).click();
  const drawer = page.locator('.ant-drawer-content').filter({ hasText: '证明材料' });
  await visible(drawer);
  return drawer;
}

/** Closes the registration's drawer (its mask would cover the user menu). */
async function closeDrawer(page: Page): Promise<void> {
  await page.locator('.ant-drawer-close:visible').first().click();
  await page.locator('.ant-drawer-content:visible').waitFor({ state: 'hidden' });
}

/** Makes a staff move through its dialog (a reason, or nothing to add). */
async function staffMove(page: Page, drawer: Locator, label: string, reason?: string): Promise<void> {
  await drawer.getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: label });
  await visible(dialog);
  if (reason) await dialog.getByLabel('原因').fill(reason);
  await dialog.getByRole('button', { name: /确\s?定/ }).click();
  await seeText(page, `${label}：成果登记已变为`);
}

describe('科技成果登记 in the browser', () => {
  it('the enterprise fills in the registration, attaches the evidence and submits it', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['科技成果登记', '我的成果登记']));
    await openPage(page, base, '/achievement/mine');
    await page.getByRole('button', { name: '填报成果登记' }).click();
    const form = page.locator('.ant-drawer-content').filter({ hasText: '填报科技成果登记' });
    await visible(form);
    await form.getByLabel('成果名称').fill(NAME);
    await form.getByPlaceholder('姓名').first().fill('张青龙');
    await form.getByPlaceholder('工作单位').first().fill('甘肃青龙管业有限责任公司');
    await form.getByPlaceholder('起始年月').fill('2020-03');
    await form.getByPlaceholder('起始年月').press('Enter');
    await form.getByPlaceholder('终止年月').fill('2021-11');
    await form.getByPlaceholder('终止年月').press('Enter');
    await choose(page, form, '成果属性', '国内技术二次开发');
    const keywords = form.getByLabel('关键词');
    for (const k of ['输水管道', '防腐内衬']) {
      await keywords.fill(k);
      await keywords.press('Enter');
    }
    await choose(page, form, '评价方式', '评价');
    await choose(page, form, '成果水平', '省内领先');
    await choose(page, form, '所处阶段', '成熟应用阶段');
    await form.getByLabel('成果简介').fill('研发输水管道防腐内衬新工艺，管道使用寿命延长一倍，已在本企业生产线应用。');
    await form.getByLabel('成果名称').click();
    await screenshot(page, 'achievement-01-form');
    await form.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, `已保存草稿“${NAME}”`);

    const drawer = page.locator('.ant-drawer-content').filter({ hasText: '证明材料' });
    await visible(drawer);
    for (const [kind, file] of [
      ['form', '成果登记表.pdf'],
      ['appraisal', '评价证书.pdf'],
      ['user', '用户证明.pdf'],
    ]) {
      await drawer
        .getByTestId(`evidence-${kind}`)
        .locator('input[type=file]')
        .setInputFiles({ name: file, mimeType: 'application/pdf', buffer: tinyPdf() });
      await seeText(page, `已上传“${file}”`);
      await visible(drawer.getByRole('link', { name: file }));
    }
    await screenshot(page, 'achievement-02-evidence');
    await drawer.getByRole('button', { name: '提交登记' }).click();
    await seeText(page, '提交登记：成果登记已变为“已提交”');
    await visible(drawer.getByTestId('achievement-state').getByText('已提交'));
    await closeDrawer(page);
    await signOut(page);
  });

  it('staff take it into review and return it with a reason', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    const drawer = await openRegistration(page, base, '/achievement/records');
    await staffMove(page, drawer, '受理审核');
    await staffMove(page, drawer, '退回修改', RETURN_REASON);
    await visible(drawer.getByText(`退回原因：${RETURN_REASON}`));
    await screenshot(page, 'achievement-03-returned');
    await closeDrawer(page);
    await signOut(page);
  });

  it('the enterprise sees the reason and resubmits', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    const drawer = await openRegistration(page, base, '/achievement/mine');
    await visible(drawer.getByText(`退回原因：${RETURN_REASON}`));
    await drawer
      .getByTestId('evidence-user')
      .locator('input[type=file]')
      .setInputFiles({ name: '用户证明（盖章）.pdf', mimeType: 'application/pdf', buffer: tinyPdf() });
    await seeText(page, '已上传“用户证明（盖章）.pdf”');
    await drawer.getByRole('button', { name: '修改后重新提交' }).click();
    await seeText(page, '修改后重新提交：成果登记已变为“已提交”');
    await closeDrawer(page);
    await signOut(page);
  });

  it('staff recommend and register it with a 登记号; the enterprise timeline shows it', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    const drawer = await openRegistration(page, base, '/achievement/records');
    await staffMove(page, drawer, '受理审核');
    await staffMove(page, drawer, '审核推荐');
    await drawer.getByRole('button', { name: '登记', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '登记' });
    await visible(dialog);
    // A number of the wrong shape is refused, naming 登记号.
    await dialog.getByLabel('登记号').fill('620ABC');
    await dialog.getByRole('button', { name: /确\s?定/ }).click();
    await seeText(page, '登记号须为 12 位');
    await dialog.getByLabel('登记号').fill(REGISTRATION_NO);
    await screenshot(page, 'achievement-04-register');
    await dialog.getByRole('button', { name: /确\s?定/ }).click();
    await seeText(page, '登记：成果登记已变为“已登记”');
    await visible(drawer.getByText(REGISTRATION_NO));
    await screenshot(page, 'achievement-05-registered');
    await closeDrawer(page);
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: NAME });
    await visible(row.getByText(REGISTRATION_NO));
    await screenshot(page, 'achievement-07-list');
    await signOut(page);

    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    await openPage(page, base, '/enterprise/mine');
    const events = page.locator('.ant-timeline-item').filter({ hasText: `科技成果登记“${NAME}”` });
    await visible(events.filter({ hasText: '已登记' }));
    await visible(events.filter({ hasText: RETURN_REASON }));
    expect(await events.filter({ hasText: '已登记' }).first().innerText()).toContain(`登记号 ${REGISTRATION_NO}`);
    await screenshot(page, 'achievement-06-timeline');
  });
});
