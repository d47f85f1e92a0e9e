import type { Kysely, Selectable } from 'kysely';
import type { TYearlyFiguresRow, TYearlyFiguresSave } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { notFound, versionConflict } from '../../platform/errors';
import type { AuthContext, UseCaseContext } from '../../platform/http/types';
import { assertCanEditYearly } from './enterprise.policy';
import type { EnterpriseYearlyTable } from './enterprise.tables';
import { readEnterprise } from './read-enterprise';
import { enterpriseEventInsert } from './timeline';

type YearlyRow = Selectable<EnterpriseYearlyTable>;

/** The enterprise's yearly figures, newest year first, for whoever may read the enterprise. */
export async function listYearly(db: Kysely<DB>, auth: AuthContext, enterpriseId: number): Promise<YearlyRow[]> {
  await readEnterprise(db, auth, enterpriseId);
  return db
    .selectFrom('enterprise_yearly')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('year', 'desc')
    .execute();
}

const columnsOf = (f: Omit<TYearlyFiguresSave, 'version'>) => ({
  staff_total: f.staffTotal,
  tech_staff: f.techStaff,
  revenue: f.revenue,
  cost_total: f.costTotal,
  rd_expense: f.rdExpense,
  rd_domestic: f.rdDomestic,
  hightech_income: f.hightechIncome,
  total_income: f.totalIncome,
  net_assets: f.netAssets,
  total_assets: f.totalAssets,
  ip_class1: f.ipClass1,
  ip_class2: f.ipClass2,
});

/**
 * Saves one year of an enterprise's figures (the import's checks already ran in the request schema): a year on
 * record under optimistic locking (version read; stale → 409), a new one with version 0 (taken meanwhile → 409).
 * Audited with before/after, and the enterprise's timeline says which year changed and who changed it.
 */
export async function saveYearly(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { enterpriseId: number; year: number; figures: TYearlyFiguresSave },
): Promise<YearlyRow> {
  const enterprise = await readEnterprise(db, auth, input.enterpriseId);
  assertCanEditYearly(auth, enterprise);
  const { version, ...figures } = input.figures;
  const set = columnsOf(figures);
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('enterprise_yearly')
      .select(['id', 'version'])
      .where('enterprise_id', '=', enterprise.id)
      .where('year', '=', input.year)
      .executeTakeFirst();
    let before: YearlyRow | null = null;
    let after: YearlyRow;
    if (existing) {
      if (version === 0) throw versionConflict(`${input.year} 年度数据`);
      ({ before, after } = await updateVersioned<YearlyRow>(trx, {
        table: 'enterprise_yearly',
        key: 'id',
        id: existing.id,
        version,
        set,
        what: `${input.year} 年度数据`,
        userId: actor.id,
      }));
    } else {
      if (version !== 0) throw notFound(`${input.year} 年度数据`);
      after = await trx
        .insertInto('enterprise_yearly')
        .values({
          enterprise_id: enterprise.id,
          region_code: enterprise.region_code,
          year: input.year,
          ...set,
          created_by: actor.id,
          updated_by: actor.id,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    }
    const bySelf = auth.enterpriseId === enterprise.id;
    const event = enterpriseEventInsert(trx, actor, {
      enterpriseId: enterprise.id,
      regionCode: enterprise.region_code,
      module: 'enterprise',
      kind: 'yearly',
      title: `${bySelf ? '企业填报' : '修改'} ${input.year} 年度数据`,
      detail: before ? '更新年度数据（职工、收入、研发费用等）' : '新增年度数据',
    });
    await writeAudit(
      trx,
      actor,
      {
        action: 'enterprise.yearly-save',
        objectType: 'enterprise_yearly',
        objectId: after.id,
        regionCode: enterprise.region_code,
        before,
        after,
        details: { enterpriseId: enterprise.id, year: input.year },
      },
      { alongside: [event] },
    );
    return after;
  });
}

/** A stored year → API shape. */
export function presentYearly(r: YearlyRow): TYearlyFiguresRow {
  return {
    year: r.year,
    staffTotal: r.staff_total,
    techStaff: r.tech_staff,
    revenue: r.revenue,
    costTotal: r.cost_total,
    rdExpense: r.rd_expense,
    rdDomestic: r.rd_domestic,
    hightechIncome: r.hightech_income,
    totalIncome: r.total_income,
    netAssets: r.net_assets,
    totalAssets: r.total_assets,
    ipClass1: r.ip_class1,
    ipClass2: r.ip_class2,
    updatedAt: new Date(r.updated_at).toISOString(),
    version: r.version,
  };
}
