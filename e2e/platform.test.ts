import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { atPath, seeText, tick, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn, signOut } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const INITIAL_PASSWORD = 'Init#2026abc';
const NEW_PASSWORD = 'Zhang#2026xyz';

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

describe('platform administration in the browser (三员分立)', () => {
  it('system admin sees system menus only and creates 张三 in 陇西县', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'admin', DEMO_PASSWORD);
    await atPath(page, '/home');
    const menu = await menuLabels(page);
    expect(menu).toEqual(expect.arrayContaining(['系统管理', '用户管理']));
    expect(menu).not.toContain('操作日志');

    await page.getByRole('menuitem', { name: '用户管理' }).click();
    await atPath(page, '/system/user');
    await page.getByRole('button', { name: '新增用户' }).click();
    const dialog = page.getByRole('dialog', { name: '新增用户' });
    await visible(dialog);
    await dialog.getByLabel('用户名').fill('zhangsan');
    await dialog.getByLabel('姓名').fill('张三');
    await dialog.locator('.ant-form-item', { hasText: '所属区划' }).locator('.ant-select-selector').click();
    const county = page.locator('.ant-select-tree-node-content-wrapper', { hasText: '陇西县（621122）' });
    await visible(county);
    await county.click();
    await dialog.getByLabel('初始密码').fill(INITIAL_PASSWORD);
    await screenshot(page, '01-admin-create-user');
    await dialog.getByRole('button', { name: '确定' }).click();
    await seeText(page, '已新增用户“张三”', 30_000);
    await visible(page.getByRole('row').filter({ hasText: 'zhangsan' }));
    await screenshot(page, '02-admin-users');

    // 节假日安排: the shipped years, and next year's notice still to be entered.
    await page.getByRole('menuitem', { name: '节假日安排' }).click();
    await atPath(page, '/system/holiday');
    await visible(page.getByRole('row').filter({ hasText: '国办发明电〔2025〕7号' }));
    await seeText(page, /节假日安排只录入到 2026 年/);
    await screenshot(page, '02b-admin-holidays');
    await page.getByRole('button', { name: '录入节假日安排' }).click();
    const holidays = page.getByRole('dialog', { name: '录入节假日安排' });
    await visible(holidays);
    await visible(holidays.locator('input[value="国务院办公厅关于2027年部分节假日安排的通知"]'));
    await screenshot(page, '02c-admin-holiday-form');
    await holidays.getByRole('button', { name: '取消' }).click();
    await signOut(page);
  });

  it('security admin sees security menus and grants 张三 the 业务人员 role', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'secadmin', DEMO_PASSWORD);
    const menu = await menuLabels(page);
    expect(menu).toEqual(expect.arrayContaining(['安全策略', '在线用户']));
    expect(menu).not.toContain('字典管理');

    await openPage(page, base, '/system/user');
    const row = page.getByRole('row').filter({ hasText: 'zhangsan' });
    await visible(row);
    await row.getByText('授予角色').click();
    const dialog = page.getByRole('dialog', { name: /授予角色/ });
    await visible(dialog);
    await tick(dialog.getByRole('checkbox', { name: '业务人员' }));
    await dialog.getByRole('button', { name: '确定' }).click();
    await seeText(page, '已更新“张三”的角色');
    await visible(row.getByText('业务人员'));
    await screenshot(page, '03-secadmin-grant-role');
    await signOut(page);
  });

  it('audit admin sees the audit menus and the audit chain verifies', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'auditor', DEMO_PASSWORD);
    const menu = await menuLabels(page);
    expect(menu).toContain('操作日志');
    expect(menu).not.toContain('用户管理');

    await page.getByRole('menuitem', { name: '操作日志' }).click();
    await atPath(page, '/audit/log');
    await visible(page.getByRole('row').filter({ hasText: '授予角色' }));
    await page.getByRole('button', { name: '校验审计链' }).click();
    await seeText(page, '审计链校验通过', 60_000);
    await screenshot(page, '04-auditor-verify');
    await signOut(page);
  });

  it('张三 must change the initial password, is held to the policy, then sees the staff menu', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'zhangsan', INITIAL_PASSWORD);
    await atPath(page, '/change-password');
    await seeText(page, '首次登录须先修改初始密码');

    await page.getByLabel('原密码').fill(INITIAL_PASSWORD);
    await page.getByLabel('新密码', { exact: true }).fill('abc');
    await page.getByLabel('确认新密码').fill('abc');
    await page.getByRole('button', { name: '确认修改' }).click();
    await seeText(page, '密码长度至少 8 位');
    await screenshot(page, '05-weak-password');

    await page.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('确认新密码').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: '确认修改' }).click();
    await atPath(page, '/home');
    await seeText(page, '张三');
    const menu = await menuLabels(page);
    expect(menu).toContain('首页');
    expect(menu).not.toContain('系统管理');
    await visible(page.locator('.ant-descriptions').getByText('业务人员'));
    await screenshot(page, '06-staff-home');

    await signOut(page);
    await visible(page.getByRole('button', { name: '登录', exact: true }));
  });

  it('runs the whole walk under the Content-Security-Policy without a refusal', async () => {
    const { base, page } = ctx();
    const res = await page.goto(`${base}/login`);
    expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(res?.headers()['x-frame-options']).toBe('DENY');
    await visible(page.getByRole('button', { name: '登录', exact: true }));
    expect(browser?.cspViolations).toEqual([]);
  });
});
