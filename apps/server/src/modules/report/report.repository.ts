import type { Kysely, Selectable } from 'kysely';
import { ZReportDocument, type ReportDetail, type ReportSummary } from '@kechuang/domain';
import { inScope } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { notFound, outOfScope } from '../../platform/errors';
import type { AuthContext } from '../../platform/http/types';
import type { ReportTable } from './report.tables';

export type ReportRow = Selectable<ReportTable>;

/** A report the user may see (its region inside theirs), or 404/403. */
export async function readReportRow(db: Kysely<DB>, auth: AuthContext, id: number): Promise<ReportRow> {
  const row = await db.selectFrom('report').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('工作总结');
  if (!inScope(auth.scopePrefix, row.region_code)) throw outOfScope();
  return row;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentReport(r: ReportRow): ReportDetail {
  return {
    id: r.id,
    regionCode: r.region_code,
    period: r.period,
    version: r.report_version,
    status: r.status,
    rowVersion: r.version,
    templateId: r.template_id,
    templateVersion: r.template_version,
    document: ZReportDocument.parse(r.document),
    changes: r.changes as ReportDetail['changes'],
    finalHash: r.final_hash,
    finalisedBy: r.finalised_by,
    finalisedAt: iso(r.finalised_at),
    indicators: r.indicators as ReportDetail['indicators'],
  };
}

/** The reports of the user's region (and below), newest first, optionally of one region and period. */
export async function listReports(
  db: Kysely<DB>,
  auth: AuthContext,
  filter: { regionCode?: string; period?: string },
): Promise<ReportSummary[]> {
  let q = db
    .selectFrom('report as r')
    .innerJoin('region as g', 'g.code', 'r.region_code')
    .select([
      'r.id',
      'r.region_code',
      'g.name as region_name',
      'r.period',
      'r.document',
      'r.report_version',
      'r.status',
      'r.updated_at',
      'r.finalised_at',
      'r.finalised_by',
    ])
    .where('r.region_code', 'like', `${auth.scopePrefix}%`);
  if (filter.regionCode) q = q.where('r.region_code', '=', filter.regionCode);
  if (filter.period) q = q.where('r.period', '=', filter.period);
  const rows = await q.orderBy('r.id', 'desc').limit(200).execute();
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.region_code,
    regionName: r.region_name,
    period: r.period,
    title: (r.document as { title?: string }).title ?? '',
    version: r.report_version,
    status: r.status,
    updatedAt: r.updated_at.toISOString(),
    finalisedAt: iso(r.finalised_at),
    finalisedBy: r.finalised_by,
  }));
}

/** The next version number of a region's report for a period. */
export async function nextReportVersion(db: Kysely<DB>, regionCode: string, period: string): Promise<number> {
  const row = await db
    .selectFrom('report')
    .select((eb) => eb.fn.max('report_version').as('max'))
    .where('region_code', '=', regionCode)
    .where('period', '=', period)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}
