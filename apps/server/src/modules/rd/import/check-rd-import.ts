import type { Kysely } from 'kysely';
import { RD_CHECK_CODES, RD_REFUSED_ON_SAVE, ZRdImportRow, type RdFigureKey, type TRdFigures } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import { parseImportFile, type ImportProblem, type ImportSpec } from '../../../platform/excel';
import { findingsFor } from '../rd-findings';
import { loadRuleConfig, previousReports } from '../rd-unit.repository';

/** A row ready to write: the unit it fills, the version read, the figures and the explanations of its warnings. */
export interface CheckedRdRow {
  rowNumber: number;
  unitId: number;
  version: number;
  enterpriseName: string;
  figures: TRdFigures;
  explanations: Record<string, string>;
}

/**
 * Reads a task's sheet with the form's own schema, matches each row to a unit of the task by credit code, and
 * runs the same cross-checks as submission: errors and unexplained warnings are row problems on the field's column.
 */
export async function checkRdImport(db: Kysely<DB>, buffer: Buffer, spec: ImportSpec, taskId: number) {
  const parsed = await parseImportFile(buffer, ZRdImportRow, spec, { unique: ['creditCode'] });
  const problems: ImportProblem[] = [...parsed.problems];
  const header = (key: string) => spec.columns.find((c) => c.key === key)?.header ?? key;
  const bad = (row: number, key: string, value: unknown, message: string) =>
    problems.push({ row, column: header(key), value, message: `${header(key)}：${message}` });

  const units = await db
    .selectFrom('rd_task_unit as u')
    .innerJoin('enterprise as e', 'e.id', 'u.enterprise_id')
    .select([
      'u.id',
      'u.version',
      'u.status',
      'u.region_code',
      'u.enterprise_id',
      'u.period',
      'u.is_high_tech',
      'u.is_tech_sme',
      'u.explanations',
      'e.credit_code',
      'e.name',
    ])
    .where('u.task_id', '=', taskId)
    .execute();
  const byCode = new Map(units.map((u) => [u.credit_code, u]));
  const [rules, previous] = await Promise.all([
    loadRuleConfig(db, units[0]?.region_code ?? ''),
    previousReports(
      db,
      units.map((u) => u.enterprise_id),
      units[0]?.period ?? '',
    ),
  ]);
  const projects = units.length
    ? await db
        .selectFrom('rd_project')
        .select(['task_unit_id', 'name', 'expenditure', 'government'])
        .where(
          'task_unit_id',
          'in',
          units.map((u) => u.id),
        )
        .orderBy('seq')
        .execute()
    : [];

  const rows: CheckedRdRow[] = [];
  for (const { rowNumber, data } of parsed.valid) {
    const code = data.creditCode.normalize('NFKC').replace(/\s/g, '').toUpperCase();
    const unit = byCode.get(code);
    if (!unit) {
      bad(rowNumber, 'creditCode', data.creditCode, `该单位不在本填报任务中（${code}）`);
      continue;
    }
    if (unit.status === 'approved') {
      bad(rowNumber, 'creditCode', data.creditCode, `${unit.name}的填报已审核通过，不能通过导入覆盖；如需更正请先退回`);
      continue;
    }
    const { creditCode: _c, enterpriseName: _n, explanation, ...figures } = data;
    const explanations: Record<string, string> = explanation
      ? Object.fromEntries(RD_CHECK_CODES.map((c) => [c, explanation]))
      : {};
    const findings = await findingsFor(
      db,
      unit,
      { figures, projects: projects.filter((p) => p.task_unit_id === unit.id), explanations },
      { rules, previous },
    );
    let failed = false;
    for (const f of findings) {
      // Project findings have no column in the sheet: they are shown on the total they compare against.
      const key = f.field.startsWith('projects') ? 'internalTotal' : f.field;
      if (f.severity === 'error' || RD_REFUSED_ON_SAVE.has(f.code)) {
        bad(rowNumber, key, data[key as RdFigureKey], f.message);
      } else if (!f.explanation) bad(rowNumber, 'explanation', undefined, `须说明：${f.message}`);
      else continue;
      failed = true;
    }
    if (!failed) {
      rows.push({
        rowNumber,
        unitId: unit.id,
        version: unit.version,
        enterpriseName: unit.name,
        figures,
        explanations: Object.fromEntries(findings.map((f) => [f.code, f.explanation!])),
      });
    }
  }
  const order = new Map(spec.columns.map((c, i) => [c.header, i]));
  problems.sort(
    (a, b) => (a.row ?? 0) - (b.row ?? 0) || (order.get(a.column ?? '') ?? -1) - (order.get(b.column ?? '') ?? -1),
  );
  return { totalRows: parsed.totalRows, rows, problems };
}
