// Screenshot tour for looking at every page: `npx tsx e2e/tools/tour.ts [baseUrl] [lang]`.
// Uses a running server (default http://127.0.0.1:3100) with the demo accounts; writes to .test-tmp/e2e-screenshots/tour-*.png.
import { launchBrowser, screenshot } from '../support/browser';
import { openPage, signIn, signOut } from '../support/flows';

const base = process.argv[2] ?? 'http://127.0.0.1:3100';
const lang = process.argv[3] ?? 'zh';
const PASSWORD = 'Kechuang@2022';

const TOUR: Record<string, string[]> = {
  admin: [
    '/home',
    '/system/user',
    '/system/role',
    '/system/dict',
    '/system/param',
    '/system/region',
    '/system/job',
    '/messages',
    '/audit/log',
  ],
  secadmin: ['/security/policy', '/security/online', '/system/user', '/system/role'],
  auditor: ['/audit/log', '/audit/login-log', '/home'],
  staff: ['/home'],
};

const b = await launchBrowser();
try {
  const { page } = b;
  page.on('pageerror', (e) => console.log('[pageerror]', e.message));
  page.on('console', (m) => m.type() === 'error' && console.log('[console]', m.text()));
  await page.goto(`${base}/login`);
  await page.evaluate((l) => localStorage.setItem('kc.lang', l), lang);
  await page.reload();
  await screenshot(page, `tour-${lang}-login`);
  for (const [user, paths] of Object.entries(TOUR)) {
    await signIn(page, base, user, PASSWORD);
    for (const path of paths) {
      await openPage(page, base, path);
      await page.waitForTimeout(600);
      await screenshot(page, `tour-${lang}-${user}${path.replace(/\//g, '-')}`, { fullPage: true });
    }
    await signOut(page);
  }
  console.log('tour done');
} finally {
  await b.close();
}
