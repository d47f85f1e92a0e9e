import type { Kysely } from 'kysely';
import {
  NOMINATION_STATE_LABELS,
  ZAwardResultImportRow,
  type NominationState,
  type TAwardResultImportRow,
} from '@kechuang/domain';
import { codeStartsWith } from '../../../platform/db/code-prefix';
import type { DB } from '../../../platform/db/schema';
import { parseImportFile, type ImportProblem, type ImportSpec } from '../../../platform/excel';
import type { ImportUser } from '../../../platform/excel-import/excel-import';

/** A row ready to write: the schema's output, its programme, the enterprise it names (if any). */
export interface ResolvedResultRow {
  rowNumber: number;
  row: TAwardResultImportRow;
  programme: { id: number; name: string; region_code: string };
  enterpriseId: number | null;
  /** The nomination already recorded (推荐) whose result the row brings, or null for a new nomination. */
  existing: { id: number; nominatedOn: string } | null;
}

export interface CheckedResultImport {
  totalRows: number;
  rows: ResolvedResultRow[];
  problems: ImportProblem[];
}

const keyOf = (programmeId: number, category: string, unit?: string | null, person?: string | null) =>
  [programmeId, category, unit ?? '', person ?? ''].join('\u0001');

/**
 * Reads and validates a results sheet: the zod row schema (the API's field rules), then against the records —
 * the programme by name and year in the user's region, the category one it awards, the fields the kind and the
 * result need, no nomination twice in the file. A row naming a nomination already recorded brings its result:
 * allowed only from 推荐 (the domain's transition table), refused for one already decided or a second 推荐. A unit
 * name equal to an enterprise's full name in the region links the row to that enterprise.
 */
export async function checkAwardResultImport(
  db: Kysely<DB>,
  content: Buffer,
  spec: ImportSpec,
  user: ImportUser,
): Promise<CheckedResultImport> {
  const parsed = await parseImportFile(content, ZAwardResultImportRow, spec);
  const problems: ImportProblem[] = [...parsed.problems];
  const header = (key: string) => spec.columns.find((c) => c.key === key)!.header;
  const programmes = await db
    .selectFrom('award_programme')
    .select(['id', 'name', 'year', 'categories', 'region_code'])
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
  const existing = programmes.length
    ? await db
        .selectFrom('award_nomination')
        .select(['id', 'programme_id', 'category', 'unit_name', 'person_name', 'state', 'nominated_on'])
        .where(
          'programme_id',
          'in',
          programmes.map((p) => p.id),
        )
        .execute()
    : [];
  const recorded = new Map(existing.map((n) => [keyOf(n.programme_id, n.category, n.unit_name, n.person_name), n]));
  const seen = new Set<string>();

  const rows: ResolvedResultRow[] = [];
  for (const { rowNumber, data } of parsed.valid) {
    const problem = (key: string, message: string, value?: unknown) =>
      problems.push({ row: rowNumber, column: header(key), value, message: `${header(key)}：${message}` });
    const before = problems.length;
    const programme = programmes.find((p) => p.name === data.programmeName && p.year === data.year);
    if (!programme) {
      problem(
        'programmeName',
        `${data.year}年度没有名为“${data.programmeName}”的奖励评选，请先登记评选`,
        data.programmeName,
      );
      continue;
    }
    if (!programme.categories.includes(data.category)) problem('category', '不是该评选的奖项类别', data.category);
    if (data.nomineeKind === 'unit' && !data.unitName) problem('unitName', '单位推荐须填写单位名称');
    if (data.nomineeKind === 'person' && !data.personName) problem('personName', '个人推荐须填写姓名');
    if (data.nomineeKind === 'unit' && (data.personName || data.contactPhone)) {
      problem('personName', '单位推荐不填姓名和联系电话', data.personName);
    }
    if (data.state === 'awarded' && !data.grade) problem('grade', '获奖须填写获奖等级');
    if (data.state !== 'awarded' && (data.grade || data.rank)) {
      problem('grade', '未获奖或尚未公布的推荐不填获奖等级和名次', data.grade);
    }
    if (data.state !== 'nominated' && !data.announcedOn) problem('announcedOn', '已公布结果须填写公布日期');
    if (data.state === 'nominated' && data.announcedOn) {
      problem('announcedOn', '尚未公布结果的推荐不填公布日期', data.announcedOn);
    }
    const person = data.nomineeKind === 'person' ? data.personName : null;
    const key = keyOf(programme.id, data.category, data.unitName, person);
    const was = recorded.get(key);
    const nominatedOn = was?.nominated_on ?? data.nominatedOn;
    if (data.announcedOn && data.announcedOn < nominatedOn) {
      problem('announcedOn', `早于推荐日期 ${nominatedOn}`, data.announcedOn);
    }
    if (seen.has(key)) {
      problem('unitName', '文件中已有同一评选、类别、单位（个人）的行', data.unitName);
    } else if (was && data.state === 'nominated') {
      problem('unitName', '该评选、类别下已有同一单位（个人）的推荐记录', data.unitName);
    } else if (was && was.state !== 'nominated') {
      const label = NOMINATION_STATE_LABELS[was.state as NominationState];
      problem('state', `该推荐已登记评选结果“${label}”，不能再次登记`, data.state);
    }
    seen.add(key);
    if (problems.length > before) continue;
    rows.push({
      rowNumber,
      row: data,
      programme,
      enterpriseId: data.unitName ? (enterpriseByName.get(data.unitName) ?? null) : null,
      existing: was ? { id: was.id, nominatedOn: was.nominated_on } : null,
    });
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { totalRows: parsed.totalRows, rows, problems };
}
