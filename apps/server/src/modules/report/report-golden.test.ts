import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';
import { documentText, generateReport } from './report.test-support';

let t: TestApp;
let staff: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
});
afterAll(() => t?.close());

describe('the generated 2022年上半年 report of 陇西县 states every figure of the seed', () => {
  it('prints', async () => {
    const report = await generateReport(t, staff, '621122', '2022H1');
    console.log(documentText(report.document));
    expect(report.status).toBe('draft');
  });
});
