import type { Kysely } from 'kysely';
import { ZCommissionerImportRow, birthDateOfIdNumber, type TCommissionerImportRow } from '@kechuang/domain';
import { inScope } from '../../../platform/auth/region-scope';
import { personalData } from '../../../platform/crypto/personal-data';
import type { DB } from '../../../platform/db/schema';
import { parseImportFile, type ImportProblem, type ImportSpec } from '../../../platform/excel';
import type { ImportUser } from '../../../platform/excel-import/excel-import';
import { countyCodes, findDuplicate } from '../commissioner.repository';
import { defaultTermEnd, levelRules } from '../level-rules';

/** A row ready to write: the schema's output, the county it goes to and its term's end. */
export interface ResolvedCommissionerRow {
  rowNumber: number;
  row: TCommissionerImportRow;
  regionCode: string;
  termEnd: string;
  digest: string;
}

export interface CheckedCommissionerImport {
  totalRows: number;
  rows: ResolvedCommissionerRow[];
  problems: ImportProblem[];
}

/**
 * Reads and validates a whole file: the zod row schema (the API's field rules, the ID number's check digit), then
 * per row the county (given or the user's own, inside the user's region), birth date against the ID number, and
 * the duplicate within level and batch — in the register and within the file.
 */
export async function checkCommissionerImport(
  db: Kysely<DB>,
  content: Buffer,
  spec: ImportSpec,
  user: ImportUser,
): Promise<CheckedCommissionerImport> {
  const parsed = await parseImportFile(content, ZCommissionerImportRow, spec);
  const problems: ImportProblem[] = [...parsed.problems];
  const counties = await countyCodes(db, user.scopePrefix);
  const terms = new Map((await levelRules(db)).map((r) => [r.level, r.term_years]));
  const header = (key: string) => spec.columns.find((c) => c.key === key)!.header;
  const seen = new Set<string>();
  const rows: ResolvedCommissionerRow[] = [];
  for (const { rowNumber, data } of parsed.valid) {
    const regionCode = data.regionCode ?? user.regionCode;
    const problem = (key: string, value: unknown, message: string) =>
      problems.push({ row: rowNumber, column: header(key), value, message: `${header(key)}：${message}` });
    if (!inScope(user.scopePrefix, regionCode) || !counties.has(regionCode)) {
      problem(
        'regionCode',
        data.regionCode,
        data.regionCode ? `${regionCode} 不是您管辖范围内的县级区划代码` : '您的账号不属于县级区划，请填写所属县区',
      );
      continue;
    }
    if (birthDateOfIdNumber(data.idNumber) !== data.birthDate) {
      problem('birthDate', data.birthDate, `与身份证号中的出生日期 ${birthDateOfIdNumber(data.idNumber)} 不一致`);
      continue;
    }
    const digest = personalData().digest(data.idNumber);
    const key = `${digest}|${data.level}|${data.batch}`;
    if (seen.has(key) || (await findDuplicate(db, digest, data.level, data.batch))) {
      problem('idNumber', undefined, '同一人在本级别、本批次已登记');
      continue;
    }
    seen.add(key);
    const termEnd = data.termEnd ?? defaultTermEnd(data.termStart, terms.get(data.level)!);
    rows.push({ rowNumber, row: data, regionCode, termEnd, digest });
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { totalRows: parsed.totalRows, rows, problems };
}
