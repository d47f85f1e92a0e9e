import type { Kysely } from 'kysely';
import {
  ALLIANCE_KIND,
  TECH_PLATFORM_KIND_DICT,
  TECH_PLATFORM_LEVEL_DICT,
  platformDateProblems,
  type PlatformDates,
  type TTechPlatformPatch,
} from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import { assertEnterpriseInRegion } from './tech-platform.policy';
import { enterprisesByIds, isCounty, isDictValue } from './tech-platform.repository';

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/** The columns of the fields given (a field left out stays as it is; null clears it). */
export function techPlatformColumns(p: TTechPlatformPatch) {
  return {
    name: p.name,
    kind: p.kind,
    level: p.level,
    region_code: p.regionCode,
    enterprise_id: p.enterpriseId,
    operator_name: p.operatorName,
    field: p.field,
    industry: p.industry,
    address: p.address,
    site_area: p.siteArea,
    staff_count: p.staffCount,
    preparing_from: p.preparingFrom,
    established_on: p.establishedOn,
    recognized_on: p.recognizedOn,
    document_no: p.documentNo,
    remark: p.remark,
  };
}

/** Refuses a 所属县区 that is not a current county code, naming the field (400). */
export async function assertCounty(db: Kysely<DB>, regionCode: string): Promise<void> {
  if (await isCounty(db, regionCode)) return;
  throw invalid('regionCode', `所属县区：${regionCode} 不是现行的县级区划代码`);
}

/** Refuses a kind or level that is not an active item of its dictionary (400 naming the field). */
export async function assertKindAndLevel(db: Kysely<DB>, kind?: string, level?: string): Promise<void> {
  if (kind !== undefined && !(await isDictValue(db, TECH_PLATFORM_KIND_DICT, kind))) {
    throw invalid('kind', `平台类别：“${kind}”不在创新平台类别字典中`);
  }
  if (level !== undefined && !(await isDictValue(db, TECH_PLATFORM_LEVEL_DICT, level))) {
    throw invalid('level', `平台级别：“${level}”不在创新平台级别字典中`);
  }
}

/** The operating unit: exactly one of a register enterprise (in the user's region) and a name typed. */
export async function assertOperator(
  db: Kysely<DB>,
  auth: AuthContext,
  o: { enterpriseId: number | null; operatorName: string | null },
): Promise<void> {
  if (!o.enterpriseId === !o.operatorName) {
    throw invalid('enterpriseId', '运营单位：请选择企业库中的企业，或填写不在企业库中的单位名称（二选一）');
  }
  if (o.enterpriseId) {
    const [e] = await enterprisesByIds(db, [o.enterpriseId]);
    if (!e) throw invalid('enterpriseId', `运营单位：企业库中没有编号为 ${o.enterpriseId} 的企业`);
    assertEnterpriseInRegion(auth, e, 'enterpriseId', '运营单位');
  }
}

export interface MemberRow {
  enterprise_id: number | null;
  name: string;
}

/** Member units (alliances only): register enterprises of the user's region, or names; no unit twice. */
export async function resolveMembers(
  db: Kysely<DB>,
  auth: AuthContext,
  kind: string,
  members: readonly { enterpriseId?: number | null; name?: string | null }[],
): Promise<MemberRow[]> {
  if (members.length === 0) return [];
  if (kind !== ALLIANCE_KIND) throw invalid('members', '成员单位：仅产业技术创新联盟登记成员单位');
  const ids = members.filter((m) => m.enterpriseId).map((m) => m.enterpriseId!);
  const found = new Map((await enterprisesByIds(db, ids)).map((e) => [e.id, e]));
  const out: MemberRow[] = [];
  for (const m of members) {
    if (m.enterpriseId) {
      const e = found.get(m.enterpriseId);
      if (!e) throw invalid('members', `成员单位：企业库中没有编号为 ${m.enterpriseId} 的企业`);
      assertEnterpriseInRegion(auth, e, 'members', '成员单位');
      out.push({ enterprise_id: e.id, name: e.name });
    } else out.push({ enterprise_id: null, name: m.name!.trim() });
  }
  const names = out.map((m) => m.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw invalid('members', `成员单位：“${twice}”重复`);
  return out;
}

/** Refuses a platform whose dates do not fit its status (docs/rules.md §5.4 platform registry), naming the field. */
export function assertDates(p: PlatformDates): void {
  const [first] = platformDateProblems(p);
  if (first) throw invalid(first.field, first.message);
}
