// Screenshots of the project pages added for issue 4 (项目期限, 强制变更状态): `npx tsx e2e/tools/project-tour.ts`.
// Starts its own server on a fresh PGlite directory; writes .test-tmp/e2e-screenshots/proj-*.png.
import { launchBrowser, screenshot } from '../support/browser';
import { openPage, signIn } from '../support/flows';
import { startServer } from '../support/server';

const PASSWORD = 'Kechuang@2022';
const server = await startServer();
const b = await launchBrowser();
const { page } = b;
page.on('pageerror', (e) => console.log('[pageerror]', e.message));
try {
  await signIn(page, server.base, 'leader', PASSWORD);
  await openPage(page, server.base, '/project/deadlines?today=2022-06-10&within=365');
  await page.waitForTimeout(1500);
  await screenshot(page, 'proj-deadlines');
  await openPage(page, server.base, '/project/applications');
  await page.waitForTimeout(1000);
  await page.locator('.ant-table-row a').first().click();
  await page.getByRole('button', { name: '强制变更状态' }).waitFor();
  await screenshot(page, 'proj-application-leader');
  await page.getByRole('button', { name: '强制变更状态' }).click();
  await page.getByRole('button', { name: '强制变更' }).last().click();
  await page.waitForTimeout(500);
  await screenshot(page, 'proj-override-modal');
} finally {
  await b.close();
  await server.stop();
}
