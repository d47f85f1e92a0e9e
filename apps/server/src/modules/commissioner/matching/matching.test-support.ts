import type { Kysely } from 'kysely';
import { personalData } from '../../../platform/crypto/personal-data';
import type { DB } from '../../../platform/db/schema';

export interface CommissionerFixture {
  name: string;
  regionCode: string;
  field: string | null;
  speciality: string | null;
  status?: string;
  termStart?: string;
  termEnd?: string;
  userId?: number | null;
  idNumber: string;
}

/** Inserts a commissioner of the roster as the tests need one (the ID number sealed, never plain). */
export async function insertCommissioner(db: Kysely<DB>, c: CommissionerFixture): Promise<number> {
  const cipher = personalData();
  const row = await db
    .insertInto('commissioner')
    .values({
      region_code: c.regionCode,
      user_id: c.userId ?? null,
      name: c.name,
      gender: '男',
      birth_date: '1980-05-01',
      id_number_sealed: cipher.seal(c.idNumber),
      id_number_digest: cipher.digest(c.idNumber),
      title_level: '副高',
      title: '高级工程师',
      speciality: c.speciality,
      field: c.field,
      unit_name: '定西市农业科学研究院',
      unit_kind: '科研院所',
      level: 'county',
      batch: '第七批',
      term_start: c.termStart ?? '2025-01-01',
      term_end: c.termEnd ?? '2099-12-31',
      status: c.status ?? 'appointed',
      created_by: null,
      updated_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A user with one role (same password as the demo staff account), optionally bound to an enterprise or region. */
export async function insertUser(
  db: Kysely<DB>,
  username: string,
  role: string,
  opts: { regionCode?: string; enterpriseId?: number | null } = {},
): Promise<number> {
  const { password_hash } = await db
    .selectFrom('app_user')
    .select('password_hash')
    .where('username', '=', 'staff')
    .executeTakeFirstOrThrow();
  const user = await db
    .insertInto('app_user')
    .values({
      username,
      display_name: username,
      password_hash,
      region_code: opts.regionCode ?? '621122',
      enterprise_id: opts.enterpriseId ?? null,
      must_change_password: false,
      created_by: null,
      updated_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('user_role').values({ user_id: user.id, role_code: role }).execute();
  return user.id;
}
