import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const PROJECT_PATHS =
  /^\/api\/v1\/(calls|reserve|applications|attachments|experts|reviews|funding|project-deadlines|projects)\b/;

it('documents every project endpoint in OpenAPI with a Chinese summary', () => {
  const doc = t.app.swagger() as { paths: Record<string, Record<string, { summary?: string }>> };
  const ops = Object.entries(doc.paths)
    .filter(([path]) => PROJECT_PATHS.test(path))
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method, summary: op.summary ?? '' })),
    );
  expect(ops.length).toBeGreaterThanOrEqual(40);
  expect(ops.filter((o) => !/[\u4e00-\u9fff]/.test(o.summary))).toEqual([]);
});
