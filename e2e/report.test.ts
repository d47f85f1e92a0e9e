import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, screenshot, SCREENSHOT_DIR, type RunningBrowser } from './support/browser';
import { downloadBy } from './support/enterprise-flows';
import { atPath, seeText, visible } from './support/expect-ui';
import { openPage, signIn } from './support/flows';
import { explainFailures } from './support/on-failure';
import { apiCall, apiLogin } from './support/project-api';
import { documentXml } from './support/docx-text';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const TITLE = '陇西县科学技术局2022年上半年工作总结';
const EDIT = '（合作方已逐一回访核实）';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;
let draftPath = '';

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

explainFailures(() => ({ page: browser?.page, server }));

const ctx = () => {
  if (!server || !browser) throw new Error('server or browser did not start');
  return { base: server.base, page: browser.page };
};

/** antd puts a space between the two characters of a two-character button label (生 成). */
const button = (page: Page | Locator, label: string) =>
  page.locator('button').filter({ hasText: new RegExp(`^${label.split('').join('\\s?')}$`) });

const paper = (page: Page) => page.getByTestId('report-paper');
/** The paragraph of part 一 on 院地院企合作 (四是…). */
const cooperation = (page: Page) => paper(page).locator('p[data-paragraph]').filter({ hasText: '签订战略合作协议' });

/**
 * Chromium draws a PDF in its viewer after the page has loaded; screenshots are taken until two in a row are alike
 * (the drawing has settled), at most 40 times.
 */
async function settledScreenshot(page: Page, name: string): Promise<void> {
  let previous: Buffer = Buffer.alloc(0);
  for (let i = 0; i < 40; i++) {
    const shot = await page.screenshot();
    if (shot.length > 20_000 && shot.equals(previous)) break;
    previous = shot;
  }
  await screenshot(page, name);
}

describe('the work report draft in the browser', () => {
  it('staff generate the 2022 H1 report for 陇西县 and see the draft', async () => {
    const { base, page } = ctx();
    await page.setViewportSize({ width: 1366, height: 900 });
    // Staff, whose menu holds the R&D review list the figures link to (the leader's does not).
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, '/reports');
    await button(page, '生成').click();
    const dialog = page.getByRole('dialog', { name: '生成工作总结' });
    await visible(dialog.getByText('陇西县', { exact: false }));
    // The periods run from this half-year back to 2020; typing narrows the (virtual) list to the one wanted.
    await dialog.getByLabel('统计期间').click();
    await page.keyboard.type('2022年上半年');
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: /^2022年上半年$/ })
      .click();
    await button(dialog, '生成').click();
    await page.waitForURL((url) => /^\/reports\/\d+$/.test(url.pathname), { timeout: 120_000 });
    draftPath = new URL(page.url()).pathname;
    await visible(paper(page).getByText(TITLE));
    await visible(paper(page).locator('.report-figure', { hasText: '7200万元' }));
    await screenshot(page, 'report-draft-1366');
    await screenshot(page, 'report-draft-1366-full', { fullPage: true });
  });

  it('shows how 7200万元 was computed on hover and opens the 23 approved R&D forms on click', async () => {
    const { base, page } = ctx();
    const figure = paper(page).locator('.report-figure', { hasText: '7200万元' });
    await figure.hover();
    await seeText(page, 'rd.approved-total');
    await seeText(page, /依据记录：23 条/);
    await screenshot(page, 'report-figure-tooltip-1366');
    await figure.click();
    await atPath(page, '/rd/review');
    // The link names exactly the 23 approved forms behind the figure.
    const ids = new URL(page.url()).searchParams.get('ids')?.split(',') ?? [];
    expect(ids).toHaveLength(23);
    await screenshot(page, 'report-figure-records-1366');
    await openPage(page, base, draftPath);
  });

  it('keeps an edited sentence through a re-generation after a record changed, and shows what changed', async () => {
    const { base, page } = ctx();
    const paragraph = cooperation(page);
    await visible(paragraph);
    expect(await paragraph.innerText()).toContain('等2家企业签订战略合作协议');
    // Type at the end of the paragraph, then leave it with Enter (the edit is read back on blur) and save.
    // The caret is put at the paragraph's end (a click could land on a figure, which opens its records).
    await paragraph.evaluate((el) => {
      (el as HTMLElement).focus();
      const range = document.createRange();
      range.selectNodeContents(el);
      range.collapse(false);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    await page.keyboard.type(EDIT);
    await page.keyboard.press('Enter');
    await button(page, '保存').click();
    await seeText(page, '已保存');

    // Staff sign a third strategic agreement in 2022 H1 (a record the report counts).
    const staff = await apiLogin(base, 'staff', DEMO_PASSWORD);
    const partners = await apiCall<{ data: { id: number }[] }>(base, staff, 'GET', '/cooperation/partners');
    await apiCall(base, staff, 'POST', '/cooperation/agreements', {
      title: '陇西县人民政府与浏览器测试合作单位战略合作协议',
      type: 'strategic',
      govParty: 'county_government',
      partnerId: partners.data[0].id,
      signedOn: '2022-05-20',
      endOn: '2025-05-19',
      regionCode: '621122',
    });

    await button(page, '重新生成').click();
    await visible(page.getByTestId('report-changes'), 120_000);
    await visible(paragraph.filter({ hasText: '等3家企业签订战略合作协议' }));
    expect(await paragraph.innerText()).toContain(EDIT);
    expect(await page.getByTestId('report-changes').innerText()).toMatch(/cooperation\.agreements-signed：2 → 3/);
    await screenshot(page, 'report-regenerated-1366');
  });

  it('masks place and person names with redaction on, and downloads the redacted DOCX and the PDF', async () => {
    const { page } = ctx();
    await page.getByRole('switch', { name: '脱敏' }).click();
    await visible(paper(page).getByText(/\*二中/));
    const text = await paper(page).innerText();
    expect(text).toContain('*名');
    expect(text).not.toContain('陇西二中');
    await screenshot(page, 'report-redacted-1366');

    const docx = await downloadBy(page, () => button(page, '下载 DOCX').click());
    expect(docx.name).toMatch(/\.docx$/);
    const body = documentXml(docx.content);
    expect(body).toContain('*二中');
    expect(body).not.toContain('陇西二中');
    expect(body).toContain(EDIT);

    // The PDF, rendered by LibreOffice on the server, opened in the browser to be looked at.
    const pdf = await downloadBy(page, () => button(page, '下载 PDF').click());
    expect(pdf.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = join(SCREENSHOT_DIR, 'report.pdf');
    writeFileSync(file, pdf.content);
    const viewer = await page.context().newPage();
    await viewer.setViewportSize({ width: 900, height: 1270 });
    await viewer.goto(`file://${file}#toolbar=0&navpanes=0`);
    await viewer.waitForLoadState('load');
    await settledScreenshot(viewer, 'report-pdf-page-1');
    await viewer.close();
  });
});
