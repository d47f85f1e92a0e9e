import { personalData } from '../../../platform/crypto/personal-data';
import type { TestApp } from '../../../../test/harness';

export const LOG_API = '/api/v1/commissioner/service-logs';
export const COUNTY = '621122';
export const OTHER_COUNTY = '621102';

let serial = 0;

/**
 * A commissioner appointment inserted directly (the roster's own API is the roster's test), linked to an account
 * when `username` is given. The ID number is sealed, as the roster stores it.
 */
export async function addCommissioner(
  t: TestApp,
  o: {
    name: string;
    username?: string;
    regionCode?: string;
    level?: string;
    status?: string;
    termStart?: string;
    termEnd?: string;
  },
): Promise<number> {
  const user = o.username
    ? await t.db.selectFrom('app_user').select('id').where('username', '=', o.username).executeTakeFirstOrThrow()
    : null;
  const idNumber = `62112219800101${String(1000 + ++serial).slice(-4)}`;
  const row = await t.db
    .insertInto('commissioner')
    .values({
      region_code: o.regionCode ?? COUNTY,
      user_id: user?.id ?? null,
      name: o.name,
      gender: '男',
      birth_date: '1980-01-01',
      id_number_sealed: personalData().seal(idNumber),
      id_number_digest: personalData().digest(idNumber),
      title_level: '中级',
      unit_name: '陇西县农业技术推广中心',
      unit_kind: '事业单位',
      level: o.level ?? 'county',
      batch: '第一批',
      term_start: o.termStart ?? '2022-01-01',
      term_end: o.termEnd ?? '2027-12-31',
      status: o.status ?? 'appointed',
      appointed_on: (o.status ?? 'appointed') === 'appointed' ? (o.termStart ?? '2022-01-01') : null,
      created_by: null,
      updated_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A log body that passes every check; override what a case tests. */
export function logBody(servedOn: string, o: Record<string, unknown> = {}) {
  return {
    servedOn,
    place: '首阳镇三十里铺村',
    objectName: '首阳镇马铃薯种植专业合作社',
    content: '马铃薯晚疫病防控现场培训',
    problemsSolved: '建立田间监测点',
    trainedCount: 30,
    days: 1,
    ...o,
  };
}

/** A log inserted directly (for counters and assessments of past years). */
export async function insertLog(
  t: TestApp,
  commissionerId: number,
  servedOn: string,
  o: { status?: string; days?: string; enterpriseId?: number | null; regionCode?: string } = {},
): Promise<number> {
  const row = await t.db
    .insertInto('commissioner_service_log')
    .values({
      region_code: o.regionCode ?? COUNTY,
      commissioner_id: commissionerId,
      served_on: servedOn,
      place: '试验田',
      enterprise_id: o.enterpriseId ?? null,
      object_name: '某合作社',
      content: '技术指导服务',
      problems_solved: null,
      trained_count: 0,
      days: o.days ?? '1.0',
      latitude: null,
      longitude: null,
      status: o.status ?? 'confirmed',
      return_reason: null,
      reviewed_on: null,
      reviewed_by: null,
      created_by: null,
      updated_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
