import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { atPath, seeText, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn } from './support/flows';
import { explainFailures } from './support/on-failure';
import { apiCall, apiLogin } from './support/project-api';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer();
  browser = await launchBrowser({ width: 1366, height: 900 });
});

explainFailures(() => ({ page: browser?.page, server }));

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

const ctx = () => {
  if (!server || !browser) throw new Error('server or browser did not start');
  return { base: server.base, page: browser.page };
};

interface Reading {
  key: string;
  name: string;
  actual: string | null;
  recordIds: number[];
  link: string;
}

describe('数据看板: every number opens its records, and a city compares its counties', () => {
  it('the leader opens the dashboard, clicks the 科技型中小企业 card and lands on its list with the same count', async () => {
    const { base, page } = ctx();
    const api = await apiLogin(base, 'leader', DEMO_PASSWORD);
    const readings = await apiCall<{ rows: Reading[] }>(base, api, 'GET', '/indicators/readings?period=2022H1');
    const sme = readings.rows.find((r) => r.name.includes('科技型中小企业'));
    expect(sme?.actual, 'the demo county has 科技型中小企业 entries in 2022 H1').toBeTruthy();
    const count = sme!.recordIds.length;
    expect(count).toBeGreaterThan(0);

    await signIn(page, base, 'leader', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['指标看板']));
    await openPage(page, base, '/dashboard?period=2022H1');
    const card = page.getByTestId(`indicator-${sme!.key}`);
    await visible(card);
    await expect(card.innerText()).resolves.toContain(sme!.actual!);
    await visible(page.getByTestId('chart-梯度培育（本期入库/认定）'));
    await screenshot(page, 'dashboard-01-county-1366', { fullPage: true });

    await card.click();
    await atPath(page, sme!.link.split('?')[0]);
    await seeText(page, '报告引用的记录');
    await seeText(page, `共 ${count} 条`);
    await screenshot(page, 'dashboard-02-records');
  });

  it('opens a figure’s records through a record set when their ids are too many for an address', async () => {
    const { base, page } = ctx();
    const api = await apiLogin(base, 'staff', DEMO_PASSWORD);
    const readings = await apiCall<{ rows: Reading[] }>(base, api, 'GET', '/indicators/readings?period=2022H1');
    const rd = readings.rows.find((r) => r.key === 'rd-spending')!;
    expect(rd.recordIds).toHaveLength(23);
    // A province's R&D figure names 10,950 forms (a 65,714-character link the server refuses); here the county's 23
    // forms and 3,000 ids of no record make a set past what an address or the list's ids filter held.
    const ids = [...rd.recordIds, ...Array.from({ length: 3_000 }, (_v, i) => 9_000_000 + i)];
    const set = await apiCall<{ idsParam: string }>(base, api, 'POST', '/record-sets', { ids });
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, `/rd/review?ids=${encodeURIComponent(set.idsParam)}`);
    await seeText(page, '共 23 条');
    await screenshot(page, 'dashboard-06-record-set');
  });

  it('the city leader sees the seven counties ranked and drills into 陇西县', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'city', DEMO_PASSWORD);
    await openPage(page, base, '/dashboard?period=2022H1');
    const table = page.getByTestId('children-comparison');
    await visible(table);
    const rows = table.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(7);
    await expect(rows.first().innerText()).resolves.toMatch(/^1\b/);
    await screenshot(page, 'dashboard-03-city-1366', { fullPage: true });

    await table.getByLabel('查看陇西县看板').click();
    await seeText(page, '陇西县数据看板');
    expect(new URL(page.url()).searchParams.get('region')).toBe('621122');
    await screenshot(page, 'dashboard-04-drill-1366', { fullPage: true });

    await page.setViewportSize({ width: 375, height: 812 });
    await openPage(page, base, '/dashboard?period=2022H1');
    await visible(page.getByTestId('children-comparison'));
    // A leader reads it on the phone too: the cards stack and nothing makes the page scroll sideways.
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways).toBeLessThanOrEqual(1);
    await screenshot(page, 'dashboard-05-city-375', { fullPage: true });
  });
});
