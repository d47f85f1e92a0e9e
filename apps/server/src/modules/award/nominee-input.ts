import type { Kysely } from 'kysely';
import { inScope } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import type { AuthContext } from '../../platform/http/types';
import { fieldError } from './award-region';

/** Who is nominated or enters, as stored. */
export interface NomineeColumns {
  nominee_kind: string;
  enterprise_id: number | null;
  unit_name: string | null;
  person_name: string | null;
  contact_phone: string | null;
}

/** The fields of a nominee as the API takes them (any may be left out of an edit). */
export interface NomineeFields {
  nomineeKind?: 'unit' | 'person';
  enterpriseId?: number | null;
  unitName?: string | null;
  personName?: string | null;
  contactPhone?: string | null;
}

/** The stored nominee with the given fields laid over it (an edit changes only what it names). */
export function mergeNominee(before: NomineeColumns | null, f: NomineeFields): NomineeColumns {
  const pick = <T>(given: T | undefined, was: T | null | undefined) => (given === undefined ? (was ?? null) : given);
  return {
    nominee_kind: f.nomineeKind ?? before?.nominee_kind ?? 'unit',
    enterprise_id: pick(f.enterpriseId, before?.enterprise_id),
    unit_name: pick(f.unitName, before?.unit_name),
    person_name: pick(f.personName, before?.person_name),
    contact_phone: pick(f.contactPhone, before?.contact_phone),
  };
}

/**
 * Checks a nominee and completes it: a unit is an enterprise of the register (in the user's region; its name
 * filled in) or an institution named by 单位名称; a person has a 姓名, and a unit they belong to if any (possibly
 * an enterprise). A unit has no 姓名 or 联系电话 (they are a person's). Refusals are 400 naming the field.
 */
export async function resolveNominee(db: Kysely<DB>, auth: AuthContext, n: NomineeColumns): Promise<NomineeColumns> {
  if (n.enterprise_id !== null) {
    const e = await db
      .selectFrom('enterprise')
      .select(['name', 'region_code'])
      .where('id', '=', n.enterprise_id)
      .executeTakeFirst();
    if (!e || !inScope(auth.scopePrefix, e.region_code)) {
      throw fieldError('enterpriseId', `所属企业：编号 ${n.enterprise_id} 的企业不存在或不在您的管辖范围内`);
    }
    n = { ...n, unit_name: e.name };
  }
  if (n.nominee_kind === 'unit') {
    if (!n.unit_name) throw fieldError('unitName', '单位名称：请选择企业或填写单位名称');
    return { ...n, person_name: null, contact_phone: null };
  }
  if (!n.person_name) throw fieldError('personName', '姓名：个人推荐或参赛须填写姓名');
  return n;
}
