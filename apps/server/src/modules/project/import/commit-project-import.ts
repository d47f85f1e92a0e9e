import type { Transaction } from 'kysely';
import {
  APPLICATION_STATE_LABELS,
  FUNDING_SOURCE_LEVELS,
  HISTORICAL_IMPORT_REASON,
  wanToYuan,
  type ApplicationState,
  type TFormField,
  type TProjectImportRow,
} from '@kechuang/domain';
import { writeAudit, type Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { recordEnterpriseEvent } from '../../enterprise/timeline';
import type { CheckedProjectRow } from './check-project-import';

/** Labels for the titles of the historical calls. */
export interface CallLabels {
  category: Map<string, string>;
  level: Map<string, string>;
}

/** The historical call's form shows the sheet's 负责人 and 备注, which the application keeps in its data. */
const HISTORICAL_FORM: TFormField[] = [
  { key: 'leader', label: '项目负责人', type: 'text', required: false },
  { key: 'remark', label: '备注', type: 'textarea', required: false },
];

const cents = (yuan: string) => BigInt(yuan.replace('.', ''));
const yuanOf = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;

/** The row's government money per source level, in 元 (levels left empty or 0 have no record). */
export const grantsOf = (d: TProjectImportRow) =>
  FUNDING_SOURCE_LEVELS.filter((l) => (d[l] ?? 0) > 0).map((l) => ({ level: l, amount: wanToYuan(d[l]!) }));

/** Exact sum of 元 amounts ('0.10' + '0.20' = '0.30'). */
export const sumYuan = (amounts: string[]) => yuanOf(amounts.reduce((s, a) => s + cents(a), 0n));

/** The closed 批次 holding a year's imported projects of one category and level in the unit's county; made once. */
async function historicalCall(
  trx: Transaction<DB>,
  actor: Actor,
  labels: CallLabels,
  cache: Map<string, number>,
  r: CheckedProjectRow,
): Promise<number> {
  const { year, category, level } = r.row;
  const region = r.enterprise.regionCode;
  const key = `${region}|${year}|${category}|${level}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const found = await trx
    .selectFrom('project_call')
    .select('id')
    .where('region_code', '=', region)
    .where('year', '=', year)
    .where('category', '=', category)
    .where('level', '=', level)
    .where('status', '=', 'historical')
    .executeTakeFirst();
  let id = found?.id;
  if (id === undefined) {
    const row = await trx
      .insertInto('project_call')
      .values({
        region_code: region,
        title: `${year}年${labels.category.get(category) ?? category}（${labels.level.get(level) ?? level}）历史项目`,
        category,
        level,
        year,
        // The whole year, in Beijing time: the call is closed and shows under its year.
        opens_at: new Date(`${year}-01-01T00:00:00+08:00`),
        closes_at: new Date(`${year}-12-31T23:59:59+08:00`),
        status: 'historical',
        guide: '由历史项目导入生成，不开放申报。',
        form: JSON.stringify(HISTORICAL_FORM),
        criteria: '[]',
        outlier_sd: null,
        ranking_confirmed_at: null,
        ranking_confirmed_by: null,
        ranking_snapshot: null,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'project.call.create',
      objectType: 'project_call',
      objectId: row.id,
      regionCode: region,
      after: row,
      details: { historical: true },
    });
    id = row.id;
  }
  cache.set(key, id);
  return id;
}

/**
 * Writes a checked sheet in the caller's transaction. Each new row becomes an application in its state with one
 * transition flagged as imported (who, when, file and row), grant records per source level and the matching funds,
 * a timeline entry and an audit row. Rows imported before are skipped, so importing a file twice adds nothing.
 */
export async function commitProjectImport(
  trx: Transaction<DB>,
  actor: Actor,
  rows: CheckedProjectRow[],
  labels: CallLabels,
  file: { name: string; sha256: string },
) {
  const calls = new Map<string, number>();
  let imported = 0;
  const written: string[] = [];
  for (const r of rows) {
    if (r.existingId !== null) continue;
    const d = r.row;
    const callId = await historicalCall(trx, actor, labels, calls, r);
    const grants = grantsOf(d);
    const application = await trx
      .insertInto('project_application')
      .values({
        region_code: r.enterprise.regionCode,
        call_id: callId,
        enterprise_id: r.enterprise.id,
        reserve_id: null,
        title: d.title,
        state: d.state,
        data: JSON.stringify({ leader: d.leader ?? null, remark: d.remark ?? null }),
        requested_amount: null,
        approved_amount: grants.length ? sumYuan(grants.map((g) => g.amount)) : null,
        project_no: d.projectNo ?? null,
        starts_on: d.startsOn ?? null,
        ends_on: d.endsOn ?? null,
        midterm_due_on: null,
        // Report facts count applications by submission date; old sheets often lack it, so the best date known stands in.
        submitted_at: new Date(`${d.submittedOn ?? d.approvedOn ?? `${d.year}-01-01`}T12:00:00+08:00`),
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const source = `文件“${file.name}”第 ${r.rowNumber} 行`;
    await trx
      .insertInto('project_transition')
      .values({
        region_code: application.region_code,
        application_id: application.id,
        from_state: 'draft',
        to_state: d.state,
        actor_id: actor.id,
        actor_name: actor.name,
        on_behalf: false,
        comment: `${HISTORICAL_IMPORT_REASON}：${source}`,
        visibility: 'internal',
        imported: true,
      })
      .execute();
    const occurredOn = d.approvedOn ?? `${d.year}-01-01`;
    const money = [
      ...grants.map((g) => ({ kind: 'grant', source_level: g.level as string | null, amount: g.amount })),
      ...((d.matching ?? 0) > 0 ? [{ kind: 'matching', source_level: null, amount: wanToYuan(d.matching!) }] : []),
    ];
    const funding = money.length
      ? await trx
          .insertInto('funding_record')
          .values(
            money.map((m) => ({
              ...m,
              region_code: application.region_code,
              application_id: application.id,
              occurred_on: occurredOn,
              voucher_no: null,
              document_no: d.projectNo ?? null,
              remark: HISTORICAL_IMPORT_REASON,
              created_by: actor.id,
              updated_by: actor.id,
            })),
          )
          .returningAll()
          .execute()
      : [];
    written.push(...money.map((m) => m.amount));
    await writeAudit(trx, actor, {
      action: 'project.application.import',
      objectType: 'project_application',
      objectId: application.id,
      regionCode: application.region_code,
      after: { application, funding },
      details: { file: file.name, sha256: file.sha256, row: r.rowNumber },
    });
    await recordEnterpriseEvent(trx, actor, {
      enterpriseId: r.enterprise.id,
      regionCode: application.region_code,
      module: 'project',
      kind: 'application-imported',
      title: `${d.title}：${HISTORICAL_IMPORT_REASON}（${APPLICATION_STATE_LABELS[d.state as ApplicationState] ?? d.state}）`,
      detail: source,
      ref: { type: 'project_application', id: application.id },
    });
    imported += 1;
  }
  return { imported, skipped: rows.length - imported, batches: calls.size, fundingTotal: sumYuan(written) };
}
