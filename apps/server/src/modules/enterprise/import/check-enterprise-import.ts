import { OTHER_COUNTY_UNIT } from '../../../platform/excel-import/excel-import';
import type { Kysely } from 'kysely';
import type { TEnterpriseImportRow } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import { AppError } from '../../../platform/errors';
import { parseImportFile, type ImportProblem, type ImportSpec } from '../../../platform/excel';
import { ZEnterpriseImportRow } from '@kechuang/domain';
import { inScope } from '../../../platform/auth/region-scope';
import { acceptCreditCode } from '../credit-code.policy';

/** A row ready to write: the schema's output plus what the checks resolved. */
export interface ResolvedImportRow {
  rowNumber: number;
  row: TEnterpriseImportRow;
  creditCode: string;
  creditCodeOverride: string | null;
  regionCode: string;
  industryCode: string | null;
  existing: { id: number; version: number } | null;
}

export interface CheckedImport {
  totalRows: number;
  rows: ResolvedImportRow[];
  problems: ImportProblem[];
}

const header = (spec: ImportSpec, key: string) => spec.columns.find((c) => c.key === key)?.header ?? key;

/**
 * Reads and validates a whole file: the zod row schema (shared with the API), then checks against the
 * database in bulk — credit code rules, codes that exist, duplicates, and the user's region scope.
 */
export async function checkEnterpriseImport(
  db: Kysely<DB>,
  buffer: Buffer,
  spec: ImportSpec,
  user: { regionCode: string; scopePrefix: string },
): Promise<CheckedImport> {
  const parsed = await parseImportFile(buffer, ZEnterpriseImportRow, spec, { unique: ['creditCode'] });
  const problems: ImportProblem[] = [...parsed.problems];
  const bad = (row: number, key: string, value: unknown, message: string) =>
    problems.push({ row, column: header(spec, key), value, message: `${header(spec, key)}：${message}` });

  const industries = new Set((await db.selectFrom('industry').select('code').execute()).map((r) => r.code));
  const codes = parsed.valid.map((v) => v.data.creditCode.replace(/\s/g, '').toUpperCase());
  const existing = new Map<string, { id: number; version: number; region_code: string; name: string }>();
  for (let i = 0; i < codes.length; i += 1000) {
    const chunk = codes.slice(i, i + 1000);
    if (chunk.length === 0) continue;
    for (const e of await db
      .selectFrom('enterprise')
      .select(['id', 'version', 'region_code', 'name', 'credit_code'])
      .where('credit_code', 'in', chunk)
      .execute()) {
      existing.set(e.credit_code, e);
    }
  }

  const rows: ResolvedImportRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { rowNumber, data } of parsed.valid) {
    let credit: { code: string; override: string | null };
    try {
      credit = acceptCreditCode(data.creditCode, data.creditCodeOverride);
    } catch (err) {
      bad(rowNumber, 'creditCode', data.creditCode, err instanceof AppError ? err.message : String(err));
      continue;
    }
    // Codes that differ only in case, width or spaces are the same enterprise.
    const earlier = firstRowOf.get(credit.code);
    if (earlier !== undefined) {
      bad(rowNumber, 'creditCode', data.creditCode, `与第 ${earlier} 行重复`);
      continue;
    }
    firstRowOf.set(credit.code, rowNumber);
    const regionCode = data.townshipCode ? data.townshipCode.slice(0, 6) : user.regionCode;
    if (regionCode.length !== 6 || regionCode.endsWith('00')) {
      bad(rowNumber, 'townshipCode', data.townshipCode, '您的账号属于市级或省级，请为每一行选择所属乡镇');
      continue;
    }
    if (!inScope(user.scopePrefix, regionCode)) {
      bad(rowNumber, 'townshipCode', data.townshipCode, '所属乡镇不在您的管辖范围内');
      continue;
    }
    const industryCode = data.industryCode ? data.industryCode.replace(/^[A-T](?=\d)/, '') : null;
    if (industryCode && !industries.has(industryCode)) {
      bad(rowNumber, 'industryCode', data.industryCode, `行业代码 ${data.industryCode} 不在 GB/T 4754-2017 中`);
      continue;
    }
    const found = existing.get(credit.code);
    if (found && !inScope(user.scopePrefix, found.region_code)) {
      bad(rowNumber, 'creditCode', credit.code, OTHER_COUNTY_UNIT);
      continue;
    }
    rows.push({
      rowNumber,
      row: data,
      creditCode: credit.code,
      creditCodeOverride: credit.override,
      regionCode,
      industryCode,
      existing: found ? { id: found.id, version: found.version } : null,
    });
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { totalRows: parsed.totalRows, rows, problems };
}
