import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import { openEmptyDatabase } from '../../../test/test-db';
import { genericPlans } from '../../../test/generic-plan';
import type { Database } from './database';
import { codeStartsWith } from './code-prefix';

const CODES = [
  '6',
  '62',
  '620000',
  '620100',
  '620102',
  '6201',
  '6202',
  '621122',
  '621122100000',
  '6299',
  '63',
  '630000',
  '2',
  '27',
  '2730',
  '2799',
  '28',
  '3',
  '39',
  '4',
  '9',
  '99',
];

let database: Database;
// A table of codes only this file uses; the test database has no schema of its own.
let db: Kysely<{ code_sample: { code: string | null } }>;
beforeAll(async () => {
  database = await openEmptyDatabase('kc_prefix');
  db = database.db as unknown as typeof db;
  await sql`create table code_sample (code varchar(12))`.execute(db);
  await sql`create index code_sample_idx on code_sample (code text_pattern_ops)`.execute(db);
  await db
    .insertInto('code_sample')
    .values([...CODES.map((code) => ({ code })), { code: null }])
    .execute();
});
afterAll(async () => database?.close());

describe('codeStartsWith (a code prefix as an index range that prepared statements keep)', () => {
  it('selects exactly the codes that begin with the prefix, like LIKE did', async () => {
    for (const prefix of ['', '6', '62', '6201', '620100', '621122', '629', '7', '2', '27', '279', '3', '9', '99']) {
      const rows = await db
        .selectFrom('code_sample')
        .select('code')
        .where(codeStartsWith('code', prefix))
        .orderBy('code')
        .execute();
      const expected = CODES.filter((c) => c.startsWith(prefix)).sort();
      expect(
        rows.map((r) => r.code),
        `prefix "${prefix}"`,
      ).toEqual(expected);
      const like = await db
        .selectFrom('code_sample')
        .select('code')
        .where('code', 'like', `${prefix}%`)
        .orderBy('code')
        .execute();
      expect(rows, `prefix "${prefix}" against LIKE`).toEqual(like);
    }
  });

  it('keeps its index in a generic plan, where a LIKE prefix loses it', async () => {
    const compiled = db.selectFrom('code_sample').select('code').where(codeStartsWith('code', '62')).compile();
    const likeCompiled = db.selectFrom('code_sample').select('code').where('code', 'like', '62%').compile();
    const plans = await genericPlans(db, { ranged: compiled, liked: likeCompiled });
    expect(plans.ranged).toMatch(/Index Cond: .*~>=~.*~<~/);
    expect(plans.liked).not.toMatch(/Index Cond/);
  });

  it('refuses what is not a code prefix, so no pattern character reaches the range', () => {
    for (const bad of ['6%', '62_1', "62'", '６２', '62 ']) {
      expect(() => codeStartsWith('code', bad), bad).toThrow(/不是区划或行业代码的前缀/);
    }
  });
});
