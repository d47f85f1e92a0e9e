import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFormData, type TFormField } from '@kechuang/domain';
import { createTestApp, type TestApp } from '../../../test/harness';
import { filledSlots } from './application.repository';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('the demo applications', () => {
  it('each pass the submission checks they went through: every required field and attachment is there', async () => {
    const submitted = await t.db
      .selectFrom('project_application as a')
      .innerJoin('project_call as c', 'c.id', 'a.call_id')
      .select(['a.id', 'a.title', 'a.state', 'a.data', 'c.form'])
      .where('a.state', '!=', 'draft')
      .execute();
    expect(submitted.length).toBeGreaterThan(10);
    const problems = [];
    for (const a of submitted) {
      const found = checkFormData(
        (a.form ?? []) as TFormField[],
        (a.data ?? {}) as Record<string, unknown>,
        await filledSlots(t.db, a.id),
        'submit',
      );
      problems.push(...found.map((p) => `${a.title}（${a.state}）：${p.message}`));
    }
    expect(problems).toEqual([]);
  });
});
