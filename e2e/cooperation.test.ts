import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn, signOut } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const NAME = '浏览器登记的马铃薯智能分选合作项目';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser();
});

explainFailures(() => ({ page: browser?.page, server }));

afterAll(async () => {
  // Each cleanup runs even if the other throws: a leaked server or browser would outlive the suite.
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

const ctx = () => {
  if (!server || !browser) throw new Error('server or browser did not start');
  return { base: server.base, page: browser.page };
};

describe('院地院企合作 in the browser (staff)', () => {
  it('registers a cooperation project with an institution; the enterprise timeline shows it', async () => {
    const { base, page } = ctx();
    await page.setViewportSize({ width: 1366, height: 900 });
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(
      expect.arrayContaining(['院地院企合作', '合作项目', '合作协议', '合作单位']),
    );
    await openPage(page, base, '/cooperation/projects');
    // The demo's three projects of 2022 H1 are listed.
    await visible(
      page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '道地中药材种植技术创新发展研究' }),
    );
    await screenshot(page, 'cooperation-01-projects');

    await page.getByRole('button', { name: '登记合作项目' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await visible(drawer.getByText('登记合作项目'));
    await drawer.getByLabel('项目名称').fill(NAME);
    // The register's picker does not pass the form item's id on: found by its form item.
    await drawer.locator('.ant-form-item', { hasText: '合作企业' }).locator('.ant-select-selector').click();
    await page.keyboard.type('青龙');
    await page.locator('.ant-select-item-option', { hasText: '甘肃青龙管业有限责任公司' }).click();
    await drawer.getByLabel('合作院所', { exact: true }).click();
    await drawer.getByLabel('合作院所', { exact: true }).fill('农业大学');
    await page.locator('.ant-select-item-option', { hasText: '甘肃农业大学' }).click();
    await drawer.getByLabel('合作领域').click();
    await page.locator('.ant-select-item-option[title="农业智能化"]').click();
    await drawer.getByLabel('开始日期').fill('2026-03-01');
    await drawer.getByLabel('开始日期').press('Enter');
    await drawer.getByLabel('结束日期').fill('2027-12-31');
    await drawer.getByLabel('结束日期').press('Enter');
    await drawer.getByLabel('企业投入（万元）').fill('30');
    await drawer.getByLabel('合作院所投入（万元）').fill('12.5');
    await drawer.getByLabel('合作内容').fill('马铃薯智能分选装备联合研发');
    await screenshot(page, 'cooperation-02-form');
    await drawer.getByRole('button', { name: /保\s?存/ }).click();
    await seeText(page, `已登记合作项目“${NAME}”`);

    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: NAME });
    await visible(row);
    const text = await row.innerText();
    expect(text).toContain('甘肃农业大学');
    expect(text).toContain('签约');

    // The detail: start the project from the state table's button.
    await row.getByText('详情').click();
    const detail = page.locator('.ant-drawer-content').filter({ hasText: `合作项目 · ${NAME}` });
    await visible(detail);
    // The amounts are in the detail (the list shows its key columns; amounts are in its column chooser).
    expect(await detail.innerText()).toContain('30.00 万元');
    await detail.getByRole('button', { name: '开始实施' }).click();
    await seeText(page, '合作项目已变为“实施中”');
    await visible(detail.getByText('签约 → 实施中'));
    await screenshot(page, 'cooperation-03-detail');
    await detail.locator('.ant-drawer-close').click();

    // The enterprise's timeline carries the project.
    const found = await page.evaluate(async () => {
      const res = await fetch('/api/v1/enterprises?keyword=' + encodeURIComponent('青龙管业'));
      return (await res.json()) as { data: { id: number; name: string }[] };
    });
    const qinglong = found.data.find((e) => e.name === '甘肃青龙管业有限责任公司');
    expect(qinglong).toBeDefined();
    await openPage(page, base, `/enterprise/${qinglong!.id}`);
    await seeText(page, '时间线');
    await seeText(page, `签订合作项目：${NAME}`);
    await seeText(page, `合作项目实施中：${NAME}`);
    await screenshot(page, 'cooperation-04-timeline');
  });

  it('lists the demo agreements and the partner register with masked phones', async () => {
    const { base, page } = ctx();
    await openPage(page, base, '/cooperation/agreements');
    const agreement = page
      .locator('.ant-table-tbody tr.ant-table-row')
      .filter({ hasText: '陇西县人民政府与无锡德瑞致远新材料科技有限公司战略合作协议' });
    await visible(agreement);
    expect(await agreement.innerText()).toContain('执行中');
    await screenshot(page, 'cooperation-05-agreements');
    await agreement.getByText('详情').click();
    const detail = page.locator('.ant-drawer-content').filter({ hasText: '协议附件' });
    await visible(detail.getByRole('button', { name: '终止协议' }));
    await visible(detail.getByText('签订 → 执行中'));
    await page.waitForTimeout(500); // the drawer's slide-in, for the screenshot
    await screenshot(page, 'cooperation-05b-agreement-detail');
    await detail.locator('.ant-drawer-close').click();
    await openPage(page, base, '/cooperation/partners');
    const partner = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '甘肃省农业科学院' });
    await visible(partner);
    expect(await partner.innerText()).toContain('138****0562');
    await screenshot(page, 'cooperation-06-partners');
  });
});

describe('院地院企合作 in the browser (enterprise user)', () => {
  it('shows the enterprise its own cooperation projects only', async () => {
    const { base, page } = ctx();
    await signOut(page);
    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    await openPage(page, base, '/cooperation/mine');
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await visible(rows.filter({ hasText: NAME }));
    expect(await rows.filter({ hasText: '道地中药材种植技术创新发展研究' }).count()).toBe(0);
    await screenshot(page, 'cooperation-07-mine');

    // The enterprise reports an output of its own project.
    await rows.filter({ hasText: NAME }).getByText('详情').click();
    const detail = page.locator('.ant-drawer-content').filter({ hasText: `合作项目 · ${NAME}` });
    await visible(detail);
    expect(await detail.getByRole('button', { name: '结题' }).count()).toBe(0);
    await detail.getByRole('button', { name: /登记成果/ }).click();
    const dialog = page.locator('.ant-modal-content').filter({ hasText: '登记合作成果' });
    await dialog.getByLabel('成果类型').click();
    await page.locator('.ant-select-item-option[title="专利"]').click();
    await dialog.getByLabel('成果名称').fill('一种马铃薯智能分选装置');
    await dialog.getByLabel('取得日期').fill('2026-06-01');
    await dialog.getByLabel('取得日期').press('Enter');
    await dialog.getByRole('button', { name: /确\s?定/ }).click();
    await seeText(page, '已登记成果“一种马铃薯智能分选装置”');
    await visible(detail.getByText('登记为科技成果'));
    await screenshot(page, 'cooperation-08-enterprise-output');

    // 登记为科技成果 opens a new registration that starts from the output.
    await detail.getByText('登记为科技成果').click();
    await page.waitForURL((url) => url.pathname === '/achievement/mine');
    const form = page.locator('.ant-drawer-content').filter({ hasText: '填报科技成果登记' });
    await visible(form);
    expect(await form.getByLabel('成果名称').inputValue()).toBe('一种马铃薯智能分选装置');
    await screenshot(page, 'cooperation-09-output-to-achievement');
  });
});
