import type { Kysely } from 'kysely';
import { ZTechPlatformImportRow, platformDateProblems, type TTechPlatformImportRow } from '@kechuang/domain';
import { inScope } from '../../../platform/auth/region-scope';
import type { DB } from '../../../platform/db/schema';
import { parseImportFile, type ImportProblem, type ImportSpec } from '../../../platform/excel';
import type { ImportUser } from '../../../platform/excel-import/excel-import';
import { countyCodes, enterprisesByName } from '../tech-platform.repository';

/** A row ready to write: the schema's output, its county, and the register enterprise it names (if any). */
export interface ResolvedTechPlatformRow {
  rowNumber: number;
  row: TTechPlatformImportRow;
  regionCode: string;
  enterpriseId: number | null;
}

export interface CheckedTechPlatformImport {
  totalRows: number;
  rows: ResolvedTechPlatformRow[];
  problems: ImportProblem[];
}

/**
 * Reads and validates a whole file: the zod row schema (the API's field rules; kind, level and status from the
 * dropdowns), the county (given or the user's own, inside the user's region), the dates the status needs, and the
 * 运营单位 matched by name against the register of the user's region.
 */
export async function checkTechPlatformImport(
  db: Kysely<DB>,
  content: Buffer,
  spec: ImportSpec,
  user: ImportUser,
): Promise<CheckedTechPlatformImport> {
  const parsed = await parseImportFile(content, ZTechPlatformImportRow, spec);
  const problems: ImportProblem[] = [...parsed.problems];
  const counties = await countyCodes(db, user.scopePrefix);
  const header = (key: string) => spec.columns.find((c) => c.key === key)!.header;
  const enterprises = new Map(
    (await enterprisesByName(db, user.scopePrefix, [...new Set(parsed.valid.map((v) => v.data.operator))])).map((e) => [
      e.name,
      e.id,
    ]),
  );
  const rows: ResolvedTechPlatformRow[] = [];
  for (const { rowNumber, data } of parsed.valid) {
    const regionCode = data.regionCode ?? user.regionCode;
    if (!inScope(user.scopePrefix, regionCode) || !counties.has(regionCode)) {
      const message = data.regionCode
        ? `${header('regionCode')}：${regionCode} 不是您管辖范围内的县级区划代码`
        : `${header('regionCode')}：您的账号不属于县级区划，请填写所属县区`;
      problems.push({ row: rowNumber, column: header('regionCode'), value: data.regionCode, message });
      continue;
    }
    const [dates] = platformDateProblems(data);
    if (dates) {
      problems.push({
        row: rowNumber,
        column: header(dates.field),
        message: `${header(dates.field)}：${dates.message}`,
      });
      continue;
    }
    rows.push({ rowNumber, row: data, regionCode, enterpriseId: enterprises.get(data.operator) ?? null });
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { totalRows: parsed.totalRows, rows, problems };
}
