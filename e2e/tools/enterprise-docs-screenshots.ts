// Regenerates docs/screenshots/enterprises.png (企业名录) and self-assessment.png (高企自评 for 青龙管业) from a
// running demo server: `npx tsx e2e/tools/enterprise-docs-screenshots.ts [baseUrl]`.
import { join } from 'node:path';
import { launchBrowser } from '../support/browser';
import { openPage, signIn } from '../support/flows';
import { ROOT } from '../support/server';

const base = process.argv[2] ?? 'http://127.0.0.1:3100';
const out = join(ROOT, 'docs/screenshots');

const b = await launchBrowser();
const { page } = b;
try {
  await signIn(page, base, 'staff', 'Kechuang@2022');
  await openPage(page, base, '/enterprise/list');
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(out, 'enterprises.png') });

  const found = (await (await page.request.get(`${base}/api/v1/enterprises?keyword=qlgy`)).json()) as {
    data: { id: number }[];
  };
  await openPage(page, base, `/enterprise/self-assessment?enterpriseId=${found.data[0].id}&tab=high-tech`);
  await page
    .getByRole('button', { name: '测算' })
    .or(page.getByRole('button', { name: '测 算' }))
    .first()
    .click();
  await page.locator('.kc-assessment-result .kc-verdict').waitFor();
  await page.waitForTimeout(1200);
  await page.screenshot({ path: join(out, 'self-assessment.png') });
  console.log(`screenshots written to ${out}`);
} finally {
  await b.close();
}
