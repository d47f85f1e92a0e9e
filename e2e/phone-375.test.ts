import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { withCommissioner } from './support/commissioner-fixture';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { visible } from './support/expect-ui';
import { openPage, signIn } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const WIDTH = 375;

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer({ prepare: withCommissioner });
  browser = await launchBrowser({ width: WIDTH, height: 812 });
});

explainFailures(() => ({ page: browser?.page, server }));

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

const ctx = () => {
  if (!server || !browser) throw new Error('server or browser did not start');
  return { base: server.base, page: browser.page };
};

interface MenuNode {
  path: string;
  children?: MenuNode[];
}

/** Every leaf path of the signed-in user's menu, as the server sends it (new modules are covered without edits). */
async function menuLeaves(page: Page): Promise<string[]> {
  const me = await page.evaluate(async () => {
    const res = await fetch('/api/v1/auth/me');
    return (await res.json()) as { user: { menu: unknown[] } };
  });
  const out: string[] = [];
  const walk = (items: MenuNode[]) => items.forEach((m) => (m.children?.length ? walk(m.children) : out.push(m.path)));
  walk(me.user.menu as MenuNode[]);
  return out;
}

/** What sticks out sideways: the page's scroll width, and the header's right edge and items. */
async function overflow(page: Page): Promise<{ scrollWidth: number; headerRight: number; wide: string[] }> {
  return page.evaluate((width) => {
    // The bar that holds the user menu (ProLayout also renders an empty placeholder header under a fixed one).
    const header = document.querySelector('[data-testid="user-menu"]')?.closest('header');
    const box = header?.getBoundingClientRect();
    const headerRight = box ? box.right : 0;
    // Anything in the header that pokes out of the screen or out of the bar (the user name wrapped below it at 375 px).
    const wide = box
      ? Array.from(header!.querySelectorAll('*'))
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && (r.right > width + 1 || r.bottom > box.bottom + 1 || r.top < box.top - 1);
          })
          .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}`)
      : [];
    return { scrollWidth: document.documentElement.scrollWidth, headerRight, wide };
  }, WIDTH);
}

/** What does not fit on this page, in words ('' when it all fits). */
async function misfit(page: Page, what: string): Promise<string> {
  const o = await overflow(page);
  const fits = o.scrollWidth <= WIDTH + 1 && o.headerRight <= WIDTH + 1 && o.wide.length === 0;
  return fits ? '' : `${what}: page ${o.scrollWidth}px, header ends at ${o.headerRight}px, sticking out: ${o.wide}`;
}

async function expectFits(page: Page, what: string): Promise<void> {
  expect(await misfit(page, what)).toBe('');
}

const shotName = (who: string, path: string) => `phone-${who}${path.replace(/[/:]/g, '-')}`;

async function walkMenu(page: Page, base: string, who: string): Promise<string[]> {
  const leaves = await menuLeaves(page);
  expect(leaves.length).toBeGreaterThan(0);
  const misfits: string[] = [];
  for (const path of new Set(['/home', ...leaves])) {
    await openPage(page, base, path);
    await screenshot(page, shotName(who, path));
    misfits.push(await misfit(page, `${who} ${path}`));
  }
  // All pages first, then one failure listing every page that does not fit.
  expect(misfits.filter(Boolean)).toEqual([]);
  return leaves;
}

describe('the pages an enterprise user and a commissioner use fit a 375 px phone', () => {
  it('enterprise user qiye: every menu page and the R&D form', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    const leaves = await walkMenu(page, base, 'qiye');
    expect(leaves).toContain('/rd/mine');

    await openPage(page, base, '/rd/mine');
    await page.locator('a[href^="/rd/units/"]').first().click();
    await page.waitForURL((u) => /^\/rd\/units\/\d+$/.test(u.pathname));
    await visible(page.getByText('统一社会信用代码'));
    await openPage(page, base, new URL(page.url()).pathname);
    await screenshot(page, 'phone-qiye-rd-form');
    await screenshot(page, 'phone-qiye-rd-form-full', { fullPage: true });
    await expectFits(page, 'qiye R&D form');
    // One column on the phone: the credit code sits on its own row, not over the 乡镇 label.
    const labelTops = await page
      .locator('.ant-descriptions-item-label')
      .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(labelTops).size).toBe(labelTops.length);
  });

  it('commissioner tpy: every menu page and the service log form', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'tpy', DEMO_PASSWORD);
    const leaves = await walkMenu(page, base, 'tpy');
    expect(leaves).toContain('/commissioner/my-logs');

    await openPage(page, base, '/commissioner/my-logs');
    await page.getByRole('button', { name: /记一次服务/ }).click();
    await visible(page.locator('.ant-drawer-content').getByText('记一次服务'));
    await page.waitForTimeout(400); // the drawer slides in
    await screenshot(page, 'phone-tpy-log-form');
    await expectFits(page, 'tpy log form');
  });

  it('the menu opens as a drawer on the phone', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'qiye', DEMO_PASSWORD);
    await openPage(page, base, '/home');
    await page.locator('.ant-pro-global-header-collapsed-button').click();
    const drawer = page.locator('.ant-drawer-content');
    await visible(drawer.locator('.ant-menu'));
    // Settled once the drawer has slid fully in from the left edge.
    await page.waitForFunction(
      () => document.querySelector('.ant-drawer-content-wrapper')?.getBoundingClientRect().left === 0,
      undefined,
      { timeout: 15_000 },
    );
    await visible(drawer.getByRole('menuitem', { name: '我的填报' }));
    await screenshot(page, 'phone-qiye-menu-drawer');
    await expectFits(page, 'qiye menu drawer');
  });
});
