import type { Kysely } from 'kysely';
import {
  checkCreditCode,
  normalizeCreditCode,
  registrationNoProblem,
  ZAchievementImportRow,
  type TAchievementImportRow,
} from '@kechuang/domain';
import { inScope } from '../../../platform/auth/region-scope';
import type { DB } from '../../../platform/db/schema';
import { parseImportFile, type ImportProblem, type ImportSpec } from '../../../platform/excel';
import { OTHER_COUNTY_UNIT, type ImportUser } from '../../../platform/excel-import/excel-import';
import { countyCodes } from '../achievement.repository';

/** A row ready to write: the sheet's values and the unit and county it goes to. */
export interface ResolvedAchievementRow {
  rowNumber: number;
  row: TAchievementImportRow;
  unit: { enterpriseId: number | null; name: string; regionCode: string };
}

export interface CheckedAchievementImport {
  totalRows: number;
  rows: ResolvedAchievementRow[];
  problems: ImportProblem[];
}

/**
 * Reads and validates a whole file: the zod row schema (the form's field rules), then against the database — the
 * first completing unit in the register and the importer's region (or an institution by name, in the importer's
 * county), the 登记号's format and that no registration holds it yet (also unique within the file).
 */
export async function checkAchievementImport(
  db: Kysely<DB>,
  content: Buffer,
  spec: ImportSpec,
  user: ImportUser,
): Promise<CheckedAchievementImport> {
  const parsed = await parseImportFile(content, ZAchievementImportRow, spec, { unique: [['registrationNo']] });
  const problems: ImportProblem[] = [...parsed.problems];
  const header = (key: string) => spec.columns.find((c) => c.key === key)?.header ?? key;
  const bad = (row: number, key: string, value: unknown, message: string) =>
    problems.push({ row, column: header(key), value, message: `${header(key)}：${message}` });

  const codes = [
    ...new Set(parsed.valid.flatMap((v) => (v.data.creditCode ? [normalizeCreditCode(v.data.creditCode)] : []))),
  ];
  const units = new Map(
    codes.length === 0
      ? []
      : (
          await db
            .selectFrom('enterprise')
            .select(['id', 'name', 'region_code', 'credit_code'])
            .where('credit_code', 'in', codes)
            .execute()
        ).map((e) => [e.credit_code, e]),
  );
  const numbers = parsed.valid.map((v) => v.data.registrationNo);
  const used = new Set(
    numbers.length === 0
      ? []
      : (
          await db.selectFrom('achievement').select('registration_no').where('registration_no', 'in', numbers).execute()
        ).map((r) => r.registration_no),
  );
  const counties = await countyCodes(db, user.scopePrefix);

  const rows: ResolvedAchievementRow[] = [];
  for (const { rowNumber, data } of parsed.valid) {
    const no = data.registrationNo;
    const problem = registrationNoProblem(no, data.category, data.registeredOn);
    if (problem) {
      bad(rowNumber, 'registrationNo', no, problem);
      continue;
    }
    if (used.has(no)) {
      bad(rowNumber, 'registrationNo', no, `登记号 ${no} 已被已有的成果登记使用`);
      continue;
    }
    if (data.creditCode) {
      const code = normalizeCreditCode(data.creditCode);
      const unit = units.get(code);
      if (!unit) {
        const check = checkCreditCode(code);
        const why = check.ok
          ? `企业名录中没有代码为 ${code} 的单位，请先在企业名录中登记`
          : check.problems.find((p) => p.severity === 'error')!.message;
        bad(rowNumber, 'creditCode', data.creditCode, why);
        continue;
      }
      if (!inScope(user.scopePrefix, unit.region_code)) {
        bad(rowNumber, 'creditCode', data.creditCode, OTHER_COUNTY_UNIT);
        continue;
      }
      rows.push({
        rowNumber,
        row: data,
        unit: { enterpriseId: unit.id, name: unit.name, regionCode: unit.region_code },
      });
      continue;
    }
    if (!counties.has(user.regionCode)) {
      bad(rowNumber, 'firstUnitName', data.firstUnitName, '您的账号不属于县级区划，不在企业名录的单位无法确定所属县区');
      continue;
    }
    const name = data.firstUnitName!;
    rows.push({ rowNumber, row: data, unit: { enterpriseId: null, name, regionCode: user.regionCode } });
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { totalRows: parsed.totalRows, rows, problems };
}
