import type { Kysely } from 'kysely';
import { normalizeCreditCode, ZCoopProjectImportRow, type TCoopProjectImportRow } from '@kechuang/domain';
import { inScope } from '../../../platform/auth/region-scope';
import { codeStartsWith } from '../../../platform/db/code-prefix';
import type { DB } from '../../../platform/db/schema';
import { parseImportFile, type ImportProblem, type ImportSpec } from '../../../platform/excel';
import type { ImportUser } from '../../../platform/excel-import/excel-import';
import { partnersByName } from '../partner.repository';

/** A row ready to write: the schema's output, its county, its enterprise and partner. */
export interface ResolvedCoopProjectRow {
  rowNumber: number;
  row: TCoopProjectImportRow;
  regionCode: string;
  enterprise: { id: number; name: string };
  partner: { id: number; name: string };
}

export interface CheckedCoopProjectImport {
  totalRows: number;
  rows: ResolvedCoopProjectRow[];
  problems: ImportProblem[];
}

/** The current county codes under the user's scope. */
async function countyCodes(db: Kysely<DB>, scopePrefix: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('region')
    .select('code')
    .where('level', '=', 'county')
    .where('valid_to', 'is', null)
    .where(codeStartsWith('code', scopePrefix))
    .execute();
  return new Set(rows.map((r) => r.code));
}

/**
 * Reads and validates a whole file: the zod row schema (the API's field rules, dates in order), then each row's
 * county (given or the user's own, inside the user's region), its enterprise by credit code in that county, and
 * its partner by name in the partner register.
 */
export async function checkCoopProjectImport(
  db: Kysely<DB>,
  content: Buffer,
  spec: ImportSpec,
  user: ImportUser,
): Promise<CheckedCoopProjectImport> {
  const parsed = await parseImportFile(content, ZCoopProjectImportRow, spec);
  const problems: ImportProblem[] = [...parsed.problems];
  const counties = await countyCodes(db, user.scopePrefix);
  const partners = await partnersByName(db, user.scopePrefix);
  const codes = [...new Set(parsed.valid.map((v) => normalizeCreditCode(v.data.creditCode)))];
  const enterprises = new Map<string, { id: number; name: string; region_code: string }>();
  for (let i = 0; i < codes.length; i += 1000) {
    const chunk = codes.slice(i, i + 1000);
    const rows = await db
      .selectFrom('enterprise')
      .select(['id', 'name', 'region_code', 'credit_code'])
      .where('credit_code', 'in', chunk)
      .execute();
    for (const e of rows) enterprises.set(e.credit_code, e);
  }
  const header = (key: string) => spec.columns.find((c) => c.key === key)!.header;
  const rows: ResolvedCoopProjectRow[] = [];
  for (const { rowNumber, data } of parsed.valid) {
    const bad = (key: string, value: unknown, message: string) =>
      problems.push({ row: rowNumber, column: header(key), value, message: `${header(key)}：${message}` });
    const regionCode = data.regionCode ?? user.regionCode;
    if (!inScope(user.scopePrefix, regionCode) || !counties.has(regionCode)) {
      bad(
        'regionCode',
        data.regionCode,
        data.regionCode ? `${regionCode} 不是您管辖范围内的县级区划代码` : '您的账号不属于县级区划，请填写所属县区',
      );
      continue;
    }
    const e = enterprises.get(normalizeCreditCode(data.creditCode));
    if (!e || e.region_code !== regionCode) {
      bad('creditCode', data.creditCode, '企业名录中没有所属县区的该企业，请先在企业名录中登记');
      continue;
    }
    const found = (partners.get(data.partnerName) ?? []).filter((p) => inScope(user.scopePrefix, p.region_code));
    const partner = found.find((p) => p.region_code === regionCode) ?? found[0];
    if (!partner) {
      bad('partnerName', data.partnerName, '合作单位名录中没有该单位，请先登记合作单位');
      continue;
    }
    rows.push({
      rowNumber,
      row: data,
      regionCode,
      enterprise: { id: e.id, name: e.name },
      partner: { id: partner.id, name: data.partnerName },
    });
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { totalRows: parsed.totalRows, rows, problems };
}
