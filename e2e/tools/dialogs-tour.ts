// Screenshots of dialogs, inline edits and the English shell: `npx tsx e2e/tools/dialogs-tour.ts [baseUrl]`.
// Uses a running server with the demo accounts; writes .test-tmp/e2e-screenshots/dlg-*.png. Changes nothing it does not undo.
import { launchBrowser, screenshot } from '../support/browser';
import { openPage, signIn, signOut } from '../support/flows';

const base = process.argv[2] ?? 'http://127.0.0.1:3100';
const PASSWORD = 'Kechuang@2022';

const b = await launchBrowser();
const { page } = b;
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
try {
  await signIn(page, base, 'admin', PASSWORD);
  await openPage(page, base, '/system/user');
  await page.getByRole('button', { name: '新增用户' }).click();
  await page.locator('.ant-modal .ant-form-item', { hasText: '所属区划' }).locator('.ant-select-selector').click();
  await page.waitForTimeout(800);
  await screenshot(page, 'dlg-user-region-tree');
  // Escape would close the whole modal; clicking its title only closes the dropdown.
  await page.locator('.ant-modal-title').click();
  await page.getByRole('button', { name: '确定' }).click();
  await page.waitForTimeout(500);
  await screenshot(page, 'dlg-user-required');
  await page.getByRole('button', { name: '取消' }).click();

  await openPage(page, base, '/system/param');
  await page.getByRole('row').filter({ hasText: '审计日志保留天数' }).getByText('修改').click();
  await page.waitForTimeout(400);
  await screenshot(page, 'dlg-param-inline');

  await openPage(page, base, '/system/dict');
  await page.getByRole('menuitem', { name: /启用状态/ }).click();
  await page.waitForTimeout(500);
  await page.getByRole('row').filter({ hasText: '停用' }).first().getByText('编辑').click();
  await page.waitForTimeout(400);
  await screenshot(page, 'dlg-dict-item');
  await page.getByRole('button', { name: '取消' }).click();

  await openPage(page, base, '/system/region');
  await page.getByRole('row').filter({ hasText: '621122' }).getByText('新增乡镇').click();
  await page.waitForTimeout(400);
  await screenshot(page, 'dlg-region-add');
  await page.getByRole('button', { name: '取消' }).click();
  await signOut(page);

  await signIn(page, base, 'secadmin', PASSWORD);
  await openPage(page, base, '/system/role');
  await page.getByRole('row').filter({ hasText: '业务人员' }).getByText('分配权限').click();
  await page.waitForTimeout(400);
  await screenshot(page, 'dlg-role-permissions');
  await page.getByRole('button', { name: '取消' }).click();
  await signOut(page);

  await signIn(page, base, 'auditor', PASSWORD);
  await openPage(page, base, '/audit/log');
  await page.getByRole('button', { name: '校验审计链' }).click();
  await page.getByText('审计链校验通过').waitFor({ timeout: 60_000 });
  await page.reload();
  await page.waitForTimeout(1500);
  await page.locator('.ant-table-row-expand-icon').nth(3).click();
  await page.waitForTimeout(300);
  await screenshot(page, 'dlg-audit-expanded');
  await page.locator('.kc-header-action[aria-label="消息"]').click();
  await page.waitForTimeout(600);
  await screenshot(page, 'dlg-bell');
  await openPage(page, base, '/messages');
  await screenshot(page, 'dlg-messages');

  await page.getByText('English').first().click();
  await openPage(page, base, '/audit/login-log');
  await screenshot(page, 'dlg-en-login-log');
  await page.getByText('中文').first().click();
  await signOut(page);
  console.log('dialogs tour done');
} finally {
  await b.close();
}
