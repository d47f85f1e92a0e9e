import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { withCommissioner } from './support/commissioner-fixture';
import { openPage, signIn } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

/**
 * Issue 22 item 2: every list shows its key columns at 1366 × 768 (and 1440 × 900) without sideways scrolling.
 * The walk is data-driven — it reads each role's menu from `GET /api/v1/auth/me` and opens every leaf — so list
 * pages added by later modules are checked without touching this file.
 */

const DEMO_PASSWORD = 'Kechuang@2022';
const ROLES_1366 = ['staff', 'leader', 'qiye', 'tpy', 'expert', 'admin', 'secadmin', 'auditor'];
const ROLES_1440 = ['staff']; // leader's lists are a subset of staff's

interface MenuNode {
  path: string;
  label: string;
  children?: MenuNode[];
}

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;

beforeAll(async () => {
  ensureWebBuilt();
  server = await startServer({ prepare: withCommissioner });
}, 180_000);

explainFailures(() => ({ page: browser?.page, server }));

afterAll(async () => {
  await Promise.allSettled([browser?.close(), server?.stop()]);
});

function leaves(nodes: MenuNode[]): MenuNode[] {
  return nodes.flatMap((n) => (n.children?.length ? leaves(n.children) : [n]));
}

async function menuOf(page: Page): Promise<MenuNode[]> {
  const me = await page.evaluate(async () => {
    const res = await fetch('/api/v1/auth/me', { credentials: 'include' });
    return (await res.json()) as { user: { menu: MenuNode[] } };
  });
  return leaves(me.user.menu);
}

/**
 * What is wrong with the visible tables of the page (modals and drawers aside): a table wider than its box, a
 * header cell under a fixed column or outside the box, a status tag cut by its cell. Returns the count of tables
 * checked and one line per problem.
 */
async function tableProblems(page: Page): Promise<{ tables: number; problems: string[] }> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    const inOverlay = (el: Element) => !!el.closest('.ant-modal-root, .ant-drawer, .ant-popover, .ant-dropdown');
    const tables = Array.from(document.querySelectorAll('.ant-table-wrapper')).filter((t) => shown(t) && !inOverlay(t));
    for (const table of tables) {
      const caption = (table.closest('.ant-card, .ant-pro-table, .ant-tabs-tabpane') ?? table).querySelector(
        '.ant-pro-table-list-toolbar-title, .ant-card-head-title, .ant-tabs-tab-active',
      );
      const where = caption?.textContent?.trim() || '表格';
      for (const box of Array.from(
        table.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body, .ant-table-header'),
      )) {
        if (box.scrollWidth > box.clientWidth + 1) {
          problems.push(`${where}：表格宽 ${box.scrollWidth}px，超出可见宽度 ${box.clientWidth}px（需要横向滚动）`);
          break;
        }
      }
      const container = table.querySelector('.ant-table-container')?.getBoundingClientRect();
      const heads = Array.from(table.querySelectorAll<HTMLElement>('thead th.ant-table-cell')).filter(
        (th) => !th.classList.contains('ant-table-selection-column') && th.textContent?.trim(),
      );
      const fixed = heads.filter((th) => /ant-table-cell-fix-(left|right)/.test(th.className));
      for (const th of heads) {
        const r = th.getBoundingClientRect();
        const name = th.textContent!.trim();
        if (container && (r.right > container.right + 1 || r.left < container.left - 1)) {
          problems.push(`${where}：列“${name}”在表格可见区域之外`);
          continue;
        }
        if (fixed.includes(th)) continue;
        for (const f of fixed) {
          const fr = f.getBoundingClientRect();
          if (Math.min(r.right, fr.right) - Math.max(r.left, fr.left) > 1) {
            problems.push(`${where}：列“${name}”被固定列“${f.textContent?.trim()}”遮住`);
          }
        }
      }
      for (const tag of Array.from(table.querySelectorAll<HTMLElement>('.ant-table-tbody .ant-tag'))) {
        const cell = tag.closest('td');
        const tr = tag.getBoundingClientRect();
        const cr = cell?.getBoundingClientRect();
        if (tag.scrollWidth > tag.clientWidth + 1 || (cr && tr.right > cr.right + 1)) {
          problems.push(`${where}：标签“${tag.textContent?.trim()}”被截断`);
          break;
        }
      }
    }
    return { tables: tables.length, problems };
  });
}

async function walk(role: string, width: number, height: number): Promise<{ pages: number; problems: string[] }> {
  if (!server) throw new Error('server did not start');
  await browser?.close();
  browser = await launchBrowser({ width, height });
  const { page } = browser;
  await signIn(page, server.base, role, DEMO_PASSWORD);
  const problems: string[] = [];
  let pagesWithTables = 0;
  for (const leaf of await menuOf(page)) {
    // openPage waits for the requests and spinners to settle, so a list has filled in; forms and dashboards show none.
    await openPage(page, server.base, leaf.path);
    const found = await tableProblems(page);
    if (found.tables === 0) continue;
    pagesWithTables++;
    // Only a page with a problem is kept as a picture (a picture of every page and fixed waits made the walk 457 s in
    // CI; it took 244 s without them here).
    if (found.problems.length) await screenshot(page, `cols-${width}-${role}${leaf.path.replace(/\//g, '-')}`);
    const here = found.problems.map((p) => `${role} ${width}px ${leaf.label}（${leaf.path}）— ${p}`);
    // Printed as found, so a long walk that fails shows every page's problems, not only vitest's truncated diff.
    for (const line of here) console.log(line);
    problems.push(...here);
  }
  return { pages: pagesWithTables, problems };
}

describe('list pages show their key columns without sideways scrolling', () => {
  it.each(ROLES_1366)('%s at 1366 × 768', { timeout: 600_000 }, async (role) => {
    const { pages, problems } = await walk(role, 1366, 768);
    if (role === 'staff') expect(pages).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it.each(ROLES_1440)('%s at 1440 × 900', { timeout: 600_000 }, async (role) => {
    const { pages, problems } = await walk(role, 1440, 900);
    expect(pages).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('answered every page of the walk without a server error', () => {
    // A list that fails on the server shows no table, which the checks above would not see.
    const errors = (server?.output() ?? '').split('\n').filter((line) => line.includes('"level":50'));
    expect(errors).toEqual([]);
  });
});
