import type { Kysely } from 'kysely';
import { competitionDisplayName, ZEntryImportRow, type TEntryImportRow } from '@kechuang/domain';
import { codeStartsWith } from '../../../platform/db/code-prefix';
import type { DB } from '../../../platform/db/schema';
import { parseImportFile, type ImportProblem, type ImportSpec } from '../../../platform/excel';
import type { ImportUser } from '../../../platform/excel-import/excel-import';

/** A row ready to write: the schema's output, its competition, the enterprise it names (if any). */
export interface ResolvedEntryRow {
  rowNumber: number;
  row: TEntryImportRow;
  competition: { id: number; name: string; region_code: string };
  enterpriseId: number | null;
}

export interface CheckedEntryImport {
  totalRows: number;
  rows: ResolvedEntryRow[];
  problems: ImportProblem[];
}

/**
 * Reads and validates an entries sheet: the zod row schema, then against the records — one competition in the
 * user's region by name and year (届次 and 赛区 telling same-named ones apart), the fields the kind needs, an award
 * with its date, no date before the 报名日期. A unit name equal to an enterprise's full name in the region links the
 * row to that enterprise.
 */
export async function checkEntryImport(
  db: Kysely<DB>,
  content: Buffer,
  spec: ImportSpec,
  user: ImportUser,
): Promise<CheckedEntryImport> {
  const parsed = await parseImportFile(content, ZEntryImportRow, spec);
  const problems: ImportProblem[] = [...parsed.problems];
  const header = (key: string) => spec.columns.find((c) => c.key === key)!.header;
  const competitions = await db
    .selectFrom('award_competition')
    .select(['id', 'name', 'edition', 'division', 'year', 'region_code'])
    .where(codeStartsWith('region_code', user.scopePrefix))
    .execute();
  const unitNames = [...new Set(parsed.valid.map((v) => v.data.unitName).filter((n): n is string => !!n))];
  const enterprises = unitNames.length
    ? await db
        .selectFrom('enterprise')
        .select(['id', 'name'])
        .where('name', 'in', unitNames)
        .where(codeStartsWith('region_code', user.scopePrefix))
        .execute()
    : [];
  const enterpriseByName = new Map(enterprises.map((e) => [e.name, e.id]));

  const rows: ResolvedEntryRow[] = [];
  for (const { rowNumber, data } of parsed.valid) {
    const problem = (key: string, message: string, value?: unknown) =>
      problems.push({ row: rowNumber, column: header(key), value, message: `${header(key)}：${message}` });
    const before = problems.length;
    const matches = competitions.filter(
      (c) =>
        c.name === data.competitionName &&
        c.year === data.year &&
        (data.edition === undefined || c.edition === data.edition) &&
        (data.division === undefined || c.division === data.division),
    );
    if (matches.length !== 1) {
      const message = matches.length
        ? `${data.year}年度有 ${matches.length} 个同名大赛，请填写届次和赛区或赛段`
        : `${data.year}年度没有名为“${data.competitionName}”的大赛，请先登记大赛`;
      problem('competitionName', message, data.competitionName);
      continue;
    }
    if (data.nomineeKind === 'unit' && !data.unitName) problem('unitName', '单位参赛须填写单位名称');
    if (data.nomineeKind === 'person' && !data.personName) problem('personName', '个人参赛须填写姓名');
    if (data.nomineeKind === 'unit' && (data.personName || data.contactPhone)) {
      problem('personName', '单位参赛不填姓名和联系电话', data.personName);
    }
    if (data.award && !data.awardedOn) problem('awardedOn', '登记所获奖项须填写获奖日期');
    if (!data.award && data.awardedOn) problem('award', '填写了获奖日期，请选择所获奖项');
    if (data.awardedOn && data.awardedOn < data.enteredOn) {
      problem('awardedOn', `早于报名日期 ${data.enteredOn}`, data.awardedOn);
    }
    if (problems.length > before) continue;
    const c = matches[0];
    rows.push({
      rowNumber,
      row: data,
      competition: { id: c.id, name: competitionDisplayName(c), region_code: c.region_code },
      enterpriseId: data.unitName ? (enterpriseByName.get(data.unitName) ?? null) : null,
    });
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { totalRows: parsed.totalRows, rows, problems };
}
