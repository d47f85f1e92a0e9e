import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { atPath, seeText, visible } from './support/expect-ui';
import { menuLabels, openPage, signIn, signOut } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';
const AUDITOR_NEW_PASSWORD = 'Ledger#2026xy';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;
let oneTimePassword = '';

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

describe('an administrator’s password is reset by two people (issue 20)', () => {
  it('the system admin can only ask for the auditor’s reset, with a reason, and cannot approve it', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'admin', DEMO_PASSWORD);
    await openPage(page, base, '/system/user');
    const row = page.getByRole('row').filter({ hasText: 'auditor' });
    await visible(row);
    await row.getByText('重置密码').click();
    const dialog = page.getByRole('dialog', { name: /申请重置管理员密码/ });
    await visible(dialog);
    await visible(dialog.getByText('管理员账号的密码须由另一名管理员审批后重置'));
    expect(await dialog.getByLabel('新密码').count()).toBe(0);
    await dialog.getByLabel('重置原因').fill('本人遗忘密码，已电话核实身份');
    await screenshot(page, 'admin-reset-01-request');
    await dialog.getByRole('button', { name: /提交申请/ }).click();
    await seeText(page, '重置申请已提交，待另一名管理员审批');
    const request = page.getByRole('row').filter({ hasText: '本人遗忘密码' });
    await visible(request.getByText('待审批'));
    expect(await request.getByText('批准').count()).toBe(0);
    await signOut(page);
  });

  it('the security admin approves it and is shown the one-time password once', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'secadmin', DEMO_PASSWORD);
    expect(await menuLabels(page)).toContain('管理员密码重置审批');
    await page.getByRole('menuitem', { name: '管理员密码重置审批' }).click();
    await atPath(page, '/security/admin-reset');
    const request = page.getByRole('row').filter({ hasText: '本人遗忘密码' });
    await visible(request);
    await request.getByText('批准').click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
    const shown = page.getByRole('dialog', { name: /一次性密码/ });
    await visible(shown);
    await visible(shown.getByText('此密码只显示这一次，关闭后无法再次查看'));
    oneTimePassword = (await shown.getByTestId('one-time-password').innerText()).trim();
    expect(oneTimePassword).toMatch(/^[A-Za-z2-9]{16}$/);
    await screenshot(page, 'admin-reset-02-one-time-password');
    await shown.getByRole('button', { name: '我已记下' }).click();
    await page.getByText('全部', { exact: true }).click();
    await visible(page.getByRole('row').filter({ hasText: '本人遗忘密码' }).getByText('已批准'));
    await signOut(page);
  });

  it('the auditor signs in with it, must change it, and is told who reset the account', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'auditor', oneTimePassword);
    await atPath(page, '/change-password');
    await page.getByLabel('原密码').fill(oneTimePassword);
    await page.getByLabel('新密码', { exact: true }).fill(AUDITOR_NEW_PASSWORD);
    await page.getByLabel('确认新密码').fill(AUDITOR_NEW_PASSWORD);
    await page.getByRole('button', { name: '确认修改' }).click();
    await atPath(page, '/home');
    await openPage(page, base, '/messages');
    await seeText(page, '管理员账号 auditor 的密码已被重置');
    await screenshot(page, 'admin-reset-03-auditor-told');
    await signOut(page);
  });
});
