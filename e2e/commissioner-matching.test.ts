import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { seeText, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn, signOut } from './support/flows';
import { explainFailures } from './support/on-failure';
import { ROOT, startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const PROBLEM = '马铃薯淀粉废水处理成本高，希望得到工艺改进指导';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;

/** The demo database with three appointed commissioners (the roster's screens are another branch's work). */
function preparedDataDir(): string {
  const dataDir = mkdtempSync(join(tmpdir(), 'kc-e2e-'));
  const fixture = 'apps/server/src/modules/commissioner/matching/matching.e2e-fixture.ts';
  execFileSync(process.execPath, ['--import', 'tsx', fixture, dataDir], { cwd: ROOT, stdio: 'inherit' });
  return dataDir;
}

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer({ dataDir: preparedDataDir() });
  browser = await launchBrowser({ width: 1366, height: 800 });
}, 240_000);

explainFailures(() => ({ page: browser?.page, server }));

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

const ctx = () => {
  if (!server || !browser) throw new Error('server or browser did not start');
  return { base: server.base, page: browser.page };
};

describe('技术需求对接 in the browser (enterprise, staff, commissioner; 1366 px)', () => {
  it('the enterprise posts a need, staff assign the first proposal, the commissioner sees it', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    expect(await menuLabels(page)).toEqual(expect.arrayContaining(['我的技术需求']));
    await openPage(page, base, '/commissioner/my-needs');
    await page.getByRole('button', { name: '发布技术需求' }).click();
    const drawer = page.locator('.ant-drawer-content');
    await visible(drawer.getByText('发布技术需求').first());
    await drawer.locator('.ant-form-item', { hasText: '技术领域' }).locator('.ant-select-selector').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '农产品加工' }).click();
    await drawer.getByLabel('问题描述').fill(PROBLEM);
    await drawer.getByLabel('联系人').fill('李工');
    await drawer.getByLabel('联系电话').fill('13893219876');
    await screenshot(page, 'commissioner-matching-01-post');
    await drawer.getByRole('button', { name: /发\s?布/ }).click();
    await seeText(page, '已发布技术需求');
    const mine = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '马铃薯淀粉废水' });
    await visible(mine);
    expect(await mine.innerText()).toContain('待对接');
    await signOut(page);

    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openPage(page, base, '/commissioner/needs');
    const row = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '马铃薯淀粉废水' });
    await visible(row);
    await row.getByText('推荐并指派').click();
    const proposals = page.locator('.ant-drawer-content');
    await visible(proposals.getByText('赵特派'));
    const first = proposals.locator('.ant-list-item').first();
    expect(await first.innerText()).toContain('赵特派');
    expect(await first.innerText()).toContain('专长与问题描述相符');
    await screenshot(page, 'commissioner-matching-02-proposals');
    await first.getByRole('button', { name: /指\s?派/ }).click();
    await seeText(page, '已指派科技特派员“赵特派”');
    await visible(row.getByText('已指派'));
    await screenshot(page, 'commissioner-matching-03-assigned');
    await signOut(page);

    await signIn(page, base, 'tpy', DEMO_PASSWORD);
    await openPage(page, base, '/commissioner/my-assignments');
    const assigned = page.locator('.ant-table-tbody tr.ant-table-row').filter({ hasText: '马铃薯淀粉废水' });
    await visible(assigned);
    expect(await assigned.innerText()).toContain('13893219876');
    await screenshot(page, 'commissioner-matching-04-commissioner');
    await assigned.getByText('办结').click();
    const modal = page.locator('.ant-modal-content');
    await modal.getByLabel('办理情况').fill('现场查看废水处理流程，建议增设沉淀池并回收淀粉');
    await modal.getByRole('button', { name: /确\s?定/ }).click();
    await seeText(page, '已办结');
    await visible(assigned.getByText('已办结'));
    expect(await assigned.innerText()).toContain('办理情况：现场查看废水处理流程');
    await screenshot(page, 'commissioner-matching-05-done');
  });
});
