import { OTHER_COUNTY_UNIT } from '../../../platform/excel-import/excel-import';
import type { Kysely } from 'kysely';
import {
  APPLICATION_STATE_LABELS,
  checkCreditCode,
  FUNDING_SOURCE_LEVELS,
  normalizeCreditCode,
  ZProjectImportRow,
  type ApplicationState,
  type TProjectImportRow,
} from '@kechuang/domain';
import { inScope } from '../../../platform/auth/region-scope';
import type { DB } from '../../../platform/db/schema';
import { parseImportFile, type ImportProblem, type ImportSpec } from '../../../platform/excel';
import { FUNDABLE_STATES } from '../application-rules';

/** A row ready to write: the sheet's values, the unit it belongs to, and the application it already is (re-import). */
export interface CheckedProjectRow {
  rowNumber: number;
  row: TProjectImportRow;
  enterprise: { id: number; name: string; regionCode: string };
  existingId: number | null;
}

const MONEY_KEYS = [...FUNDING_SOURCE_LEVELS, 'matching'] as const;
const CHUNK = 1000;
/** Titles compared as the user sees them: width, case and spaces do not make a different project. */
export const titleKey = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

async function enterprisesByCode(db: Kysely<DB>, codes: string[]) {
  const found = new Map<string, { id: number; name: string; region_code: string }>();
  for (let i = 0; i < codes.length; i += CHUNK) {
    const chunk = codes.slice(i, i + CHUNK);
    for (const e of await db
      .selectFrom('enterprise')
      .select(['id', 'name', 'region_code', 'credit_code'])
      .where('credit_code', 'in', chunk)
      .execute()) {
      found.set(e.credit_code, e);
    }
  }
  return found;
}

/** Applications the units already have, keyed by enterprise + year + title, to make a re-import skip them. */
async function existingApplications(db: Kysely<DB>, enterpriseIds: number[]) {
  const found = new Map<string, number>();
  for (let i = 0; i < enterpriseIds.length; i += CHUNK) {
    const chunk = enterpriseIds.slice(i, i + CHUNK);
    const rows = await db
      .selectFrom('project_application as a')
      .innerJoin('project_call as c', 'c.id', 'a.call_id')
      .select(['a.id', 'a.enterprise_id', 'a.title', 'c.year'])
      .where('a.enterprise_id', 'in', chunk)
      .execute();
    for (const r of rows) found.set(`${r.enterprise_id}|${r.year}|${titleKey(r.title)}`, r.id);
  }
  return found;
}

/**
 * Reads the historical project sheet with its zod schema, then checks against the database: the unit is in the
 * enterprise register (by credit code) and in the importer's region, money only on projects that were approved,
 * and rows that were imported before are marked to skip. Every problem names its row and column.
 */
export async function checkProjectImport(
  db: Kysely<DB>,
  buffer: Buffer,
  spec: ImportSpec,
  user: { scopePrefix: string },
) {
  const parsed = await parseImportFile(buffer, ZProjectImportRow, spec, { unique: [['year', 'title', 'creditCode']] });
  const problems: ImportProblem[] = [...parsed.problems];
  const header = (key: string) => spec.columns.find((c) => c.key === key)?.header ?? key;
  const bad = (row: number, key: string, value: unknown, message: string, severity?: 'warning') =>
    problems.push({
      row,
      column: header(key),
      value,
      message: `${header(key)}：${message}`,
      ...(severity ? { severity } : {}),
    });

  const units = await enterprisesByCode(db, [
    ...new Set(parsed.valid.map((v) => normalizeCreditCode(v.data.creditCode))),
  ]);
  const existing = await existingApplications(db, [...new Set([...units.values()].map((u) => u.id))]);
  const rows: CheckedProjectRow[] = [];
  for (const { rowNumber, data } of parsed.valid) {
    const code = normalizeCreditCode(data.creditCode);
    const unit = units.get(code);
    if (!unit) {
      const check = checkCreditCode(code);
      const why = check.ok
        ? `企业名录中没有代码为 ${code} 的单位，请先在企业名录中登记“${data.unitName}”`
        : check.problems.find((p) => p.severity === 'error')!.message;
      bad(rowNumber, 'creditCode', data.creditCode, why);
      continue;
    }
    if (!inScope(user.scopePrefix, unit.region_code)) {
      bad(rowNumber, 'creditCode', data.creditCode, OTHER_COUNTY_UNIT);
      continue;
    }
    const moneyKey = MONEY_KEYS.find((k) => (data[k] ?? 0) > 0);
    if (moneyKey && !FUNDABLE_STATES.includes(data.state)) {
      bad(
        rowNumber,
        moneyKey,
        data[moneyKey],
        `状态为“${APPLICATION_STATE_LABELS[data.state as ApplicationState] ?? data.state}”的项目未立项，不能填写资金`,
      );
      continue;
    }
    if (titleKey(unit.name) !== titleKey(data.unitName)) {
      bad(
        rowNumber,
        'unitName',
        data.unitName,
        `与企业名录中的名称“${unit.name}”不一致，按统一社会信用代码导入`,
        'warning',
      );
    }
    const existingId = existing.get(`${unit.id}|${data.year}|${titleKey(data.title)}`) ?? null;
    rows.push({
      rowNumber,
      row: data,
      enterprise: { id: unit.id, name: unit.name, regionCode: unit.region_code },
      existingId,
    });
  }
  const order = new Map(spec.columns.map((c, i) => [c.header, i]));
  problems.sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0) || (order.get(a.column ?? '') ?? -1) - (order.get(b.column ?? '') ?? -1),
  );
  return { totalRows: parsed.totalRows, rows, problems };
}
