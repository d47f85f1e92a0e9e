// Debug helper: `npx tsx e2e/tools/probe.ts <path> [user] [out.png]` — signs in, opens a page, prints page errors, screenshots.
import { launchBrowser } from '../support/browser';
import { signIn } from '../support/flows';

const base = process.env.KC_BASE ?? 'http://127.0.0.1:3100';
const [path = '/login', user, out = '/tmp/kc-probe.png'] = process.argv.slice(2);
const b = await launchBrowser();
try {
  b.page.on('pageerror', (e) => console.log('[pageerror]', e.message, e.stack?.split('\n').slice(0, 4).join('\n')));
  b.page.on(
    'console',
    (m) => ['error', 'warning'].includes(m.type()) && console.log(`[${m.type()}]`, m.text().slice(0, 400)),
  );
  if (user) await signIn(b.page, base, user, process.env.KC_PASSWORD ?? 'Kechuang@2022');
  await b.page.goto(`${base}${path}`);
  await b.page.waitForTimeout(Number(process.env.KC_WAIT ?? 3000));
  await b.page.screenshot({ path: out, fullPage: true });
} finally {
  await b.close();
}
