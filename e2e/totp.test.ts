import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type RunningBrowser } from './support/browser';
import { atPath, seeText, visible } from './support/expect-ui';
import { chooseFromUserMenu, openPage, signIn, signOut } from './support/flows';
import { explainFailures } from './support/on-failure';
import { startServer, type RunningServer } from './support/server';
import { demoTotpSecret, freshTotpCode } from './support/totp';
import { ensureWebBuilt } from './support/web-build';

const DEMO_PASSWORD = 'Kechuang@2022';

let server: RunningServer | undefined;
let browser: RunningBrowser | undefined;
let secret = '';
let recoveryCodes: string[] = [];

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

/** 两步验证 from the avatar menu. */
const openTwoFactor = (page: Page) =>
  chooseFromUserMenu(page, '两步验证', (timeout) => atPath(page, '/two-factor', timeout));

describe('two-step verification (TOTP, issue 20 item 14)', () => {
  it('an ordinary user sets it up from the user menu: QR code, secret, confirming code, recovery codes', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'staff', DEMO_PASSWORD);
    await openTwoFactor(page);
    await seeText(page, '两步验证尚未启用');
    await page.getByTestId('totp-start').click();
    await visible(page.getByTestId('totp-qr').locator('canvas'));
    secret = (await page.getByTestId('totp-secret').innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await screenshot(page, 'totp-01-enrol-1366');
    await page.setViewportSize({ width: 375, height: 812 });
    await screenshot(page, 'totp-02-enrol-375', { fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });

    await page.getByLabel('验证码', { exact: true }).fill('000000');
    await page.getByRole('button', { name: '确认启用' }).click();
    await seeText(page, '验证码不正确');
    await page.getByLabel('验证码', { exact: true }).fill(await freshTotpCode(base, 'staff', secret));
    await page.getByRole('button', { name: '确认启用' }).click();
    await seeText(page, '两步验证已启用');
    const codes = page.getByTestId('recovery-codes').locator('code');
    recoveryCodes = (await codes.allInnerTexts()).map((c) => c.trim());
    expect(recoveryCodes).toHaveLength(10);
    await screenshot(page, 'totp-03-recovery-codes-1366');
    await page.getByRole('button', { name: /我已保存恢复码/ }).click();
    await atPath(page, '/home');
    await signOut(page);
  });

  it('the user then signs in with the password and the code, and with a recovery code once', async () => {
    const { base, page } = ctx();
    await page.goto(`${base}/login`);
    await page.getByLabel('用户名').fill('staff');
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await visible(page.getByLabel('动态验证码'));
    await page.setViewportSize({ width: 375, height: 812 });
    await screenshot(page, 'totp-04-login-code-375');
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByLabel('动态验证码').fill('123456');
    await page.getByRole('button', { name: '验证并登录' }).click();
    await seeText(page, /动态验证码错误.*再错 4 次账号将被锁定/);
    await screenshot(page, 'totp-05-login-wrong-code-1366');
    await page.getByLabel('动态验证码').fill(await freshTotpCode(base, 'staff', secret));
    await page.getByRole('button', { name: '验证并登录' }).click();
    await atPath(page, '/home');
    await signOut(page);

    await page.getByLabel('用户名').fill('staff');
    await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByText('使用恢复码').click();
    await page.getByLabel('恢复码').fill(recoveryCodes[0]!);
    await page.getByRole('button', { name: '验证并登录' }).click();
    await atPath(page, '/home');
    await openTwoFactor(page);
    await seeText(page, '9 个');
    await page.getByRole('button', { name: '返回' }).click();
    await atPath(page, '/home');
    await signOut(page);
  });

  it('an administrator signs in with the code from the demo secret', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'admin', DEMO_PASSWORD);
    await atPath(page, '/home');
    await openTwoFactor(page);
    await seeText(page, '安全策略要求管理员账号启用两步验证，不能关闭');
    await seeText(page, '0 个');
    await screenshot(page, 'totp-06-admin-status-1366');
    // The demo administrators start without recovery codes: they make their own with a current code.
    await page.getByLabel(/重新生成 10 个恢复码/).fill(await freshTotpCode(base, 'admin', demoTotpSecret('admin')!));
    await page.getByRole('button', { name: '重新生成恢复码' }).click();
    await seeText(page, '恢复码已重新生成，旧恢复码已作废');
    expect(await page.getByTestId('recovery-codes').locator('code').count()).toBe(10);
    await page.getByRole('button', { name: /我已保存恢复码/ }).click();
    await atPath(page, '/home');
    await signOut(page);
  });

  it('the security admin resets the auditor’s lost authenticator; the auditor must set it up again before anything else', async () => {
    const { base, page } = ctx();
    await signIn(page, base, 'secadmin', DEMO_PASSWORD);
    await openPage(page, base, '/system/user');
    const row = page.getByRole('row').filter({ hasText: 'auditor' });
    await visible(row);
    // One's own two-step verification is not reset from the list: the security admin's own row has no such link.
    const ownRow = page.getByRole('row').filter({ hasText: 'secadmin' });
    await visible(ownRow);
    expect(await ownRow.getByText('重置两步验证').count()).toBe(0);
    await row.getByText('重置两步验证').click();
    await seeText(page, '其验证器和恢复码全部作废');
    await page.locator('.ant-popconfirm:not(.ant-zoom-big-appear)').waitFor({ state: 'visible' });
    await screenshot(page, 'totp-07-secadmin-reset-1366');
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s?定|OK/ })
      .click();
    await seeText(page, /已重置“.+”的两步验证/);
    // The list reloads after the message: the auditor has nothing left to reset.
    await row.getByText('重置两步验证').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await row.getByText('授予角色').count()).toBe(1);
    await signOut(page);

    // The old secret no longer counts: the auditor signs in with the password alone and lands on the set-up.
    await signIn(page, base, 'auditor', DEMO_PASSWORD, '');
    await atPath(page, '/two-factor');
    await seeText(page, '安全策略要求管理员账号先设置两步验证');
    await page.setViewportSize({ width: 375, height: 812 });
    await screenshot(page, 'totp-08-forced-enrol-375', { fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });
    // Every other page sends the auditor back here until it is done.
    await page.goto(`${base}/audit/log`);
    await atPath(page, '/two-factor');
    await page.getByTestId('totp-start').click();
    const newSecret = (await page.getByTestId('totp-secret').innerText()).trim();
    expect(newSecret).not.toBe(demoTotpSecret('auditor'));
    await page.getByLabel('验证码', { exact: true }).fill(await freshTotpCode(base, 'auditor', newSecret));
    await page.getByRole('button', { name: '确认启用' }).click();
    await seeText(page, '两步验证已启用');
    expect(await page.getByTestId('recovery-codes').locator('code').count()).toBe(10);
    await page.getByRole('button', { name: /我已保存恢复码/ }).click();
    await atPath(page, '/home');
    await signOut(page);

    // From now on the auditor signs in with a code from the new authenticator.
    await signIn(page, base, 'auditor', DEMO_PASSWORD, newSecret);
    await atPath(page, '/home');
    await signOut(page);
  });
});
