import type { Kysely } from 'kysely';
import { ZLiaisonImportRow, type TLiaisonImportRow } from '@kechuang/domain';
import { inScope } from '../../../platform/auth/region-scope';
import type { DB } from '../../../platform/db/schema';
import { parseImportFile, type ImportProblem, type ImportSpec } from '../../../platform/excel';
import type { ImportUser } from '../../../platform/excel-import/excel-import';
import { countyCodes } from '../liaison.repository';

/** A row ready to write: the schema's output and the county it goes to. */
export interface ResolvedLiaisonRow {
  rowNumber: number;
  row: TLiaisonImportRow;
  regionCode: string;
}

export interface CheckedLiaisonImport {
  totalRows: number;
  rows: ResolvedLiaisonRow[];
  problems: ImportProblem[];
}

/**
 * Reads and validates a whole file: the zod row schema (the API's field rules), then the county of each row —
 * given or the user's own, a current county code inside the user's region.
 */
export async function checkLiaisonImport(
  db: Kysely<DB>,
  content: Buffer,
  spec: ImportSpec,
  user: ImportUser,
): Promise<CheckedLiaisonImport> {
  const parsed = await parseImportFile(content, ZLiaisonImportRow, spec);
  const problems: ImportProblem[] = [...parsed.problems];
  const counties = await countyCodes(db, user.scopePrefix);
  const header = spec.columns.find((c) => c.key === 'regionCode')!.header;
  const rows: ResolvedLiaisonRow[] = [];
  for (const { rowNumber, data } of parsed.valid) {
    const regionCode = data.regionCode ?? user.regionCode;
    if (!inScope(user.scopePrefix, regionCode) || !counties.has(regionCode)) {
      const message = data.regionCode
        ? `${header}：${regionCode} 不是您管辖范围内的县级区划代码`
        : `${header}：您的账号不属于县级区划，请填写所属县区`;
      problems.push({ row: rowNumber, column: header, value: data.regionCode, message });
      continue;
    }
    rows.push({ rowNumber, row: data, regionCode });
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { totalRows: parsed.totalRows, rows, problems };
}
