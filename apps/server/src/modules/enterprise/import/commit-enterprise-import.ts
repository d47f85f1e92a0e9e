import { sql, type Transaction } from 'kysely';
import { writeAudit, type Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { namePinyin } from '../name-pinyin';
import type { ResolvedImportRow } from './check-enterprise-import';

const CHUNK = 500;
const nul = <T>(v: T | undefined) => (v === undefined ? null : v);
const tagsOf = (t: string | undefined) =>
  t
    ? [
        ...new Set(
          t
            .split(/[、,，;；\s]+/)
            .map((x) => x.trim())
            .filter(Boolean),
        ),
      ].slice(0, 20)
    : undefined;

/**
 * Writes a checked import in the caller's transaction: new enterprises by multi-row insert, existing ones
 * updated (only the columns the file filled), one year of figures upserted, timeline entries, and one
 * audit row per chunk with the before/after of every row in it.
 */
export async function commitEnterpriseImport(
  trx: Transaction<DB>,
  actor: Actor,
  rows: ResolvedImportRow[],
  file: { name: string; sha256: string },
  progress: (done: number) => Promise<void>,
): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const fresh = chunk.filter((r) => !r.existing);
    const known = chunk.filter((r) => r.existing);
    const ids = new Map<string, number>();

    const inserted = fresh.length
      ? await trx
          .insertInto('enterprise')
          .values(
            fresh.map((r) => {
              const py = namePinyin(r.row.name);
              return {
                region_code: r.regionCode,
                township_code: nul(r.row.townshipCode),
                name: r.row.name,
                unit_kind: r.row.unitKind,
                name_initials: py.initials,
                name_pinyin: py.full,
                credit_code: r.creditCode,
                credit_code_override: r.creditCodeOverride,
                industry_code: r.industryCode,
                hightech_domain: nul(r.row.hightechDomain),
                founded_on: nul(r.row.foundedOn),
                address: nul(r.row.address),
                contact_name: nul(r.row.contactName),
                contact_phone: nul(r.row.contactPhone),
                tags: tagsOf(r.row.tags) ?? [],
                created_by: actor.id,
                updated_by: actor.id,
              };
            }),
          )
          .returningAll()
          .execute()
      : [];
    for (const e of inserted) ids.set(e.credit_code, e.id);

    const before = known.length
      ? await trx
          .selectFrom('enterprise')
          .selectAll()
          .where(
            'id',
            'in',
            known.map((r) => r.existing!.id),
          )
          .execute()
      : [];
    const after = [];
    for (const r of known) {
      const py = namePinyin(r.row.name);
      const row = await trx
        .updateTable('enterprise')
        .set((eb) => ({
          name: r.row.name,
          name_initials: py.initials,
          name_pinyin: py.full,
          unit_kind: r.row.unitKind,
          region_code: r.regionCode,
          credit_code_override: r.creditCodeOverride,
          ...(r.row.townshipCode ? { township_code: r.row.townshipCode } : {}),
          ...(r.industryCode ? { industry_code: r.industryCode } : {}),
          ...(r.row.hightechDomain ? { hightech_domain: r.row.hightechDomain } : {}),
          ...(r.row.foundedOn ? { founded_on: r.row.foundedOn } : {}),
          ...(r.row.address ? { address: r.row.address } : {}),
          ...(r.row.contactName ? { contact_name: r.row.contactName } : {}),
          ...(r.row.contactPhone ? { contact_phone: r.row.contactPhone } : {}),
          ...(tagsOf(r.row.tags) ? { tags: tagsOf(r.row.tags)! } : {}),
          version: eb('version', '+', 1),
          updated_at: new Date(),
          updated_by: actor.id,
        }))
        .where('id', '=', r.existing!.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      ids.set(r.creditCode, row.id);
      after.push(row);
    }

    const yearly = chunk.filter((r) => r.row.year !== undefined);
    if (yearly.length) {
      await trx
        .insertInto('enterprise_yearly')
        .values(
          yearly.map((r) => ({
            enterprise_id: ids.get(r.creditCode)!,
            region_code: r.regionCode,
            year: r.row.year!,
            staff_total: nul(r.row.staffTotal),
            tech_staff: nul(r.row.techStaff),
            revenue: nul(r.row.revenue),
            rd_expense: nul(r.row.rdExpense),
            created_by: actor.id,
            updated_by: actor.id,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['enterprise_id', 'year']).doUpdateSet({
            staff_total: sql`coalesce(excluded.staff_total, enterprise_yearly.staff_total)`,
            tech_staff: sql`coalesce(excluded.tech_staff, enterprise_yearly.tech_staff)`,
            revenue: sql`coalesce(excluded.revenue, enterprise_yearly.revenue)`,
            rd_expense: sql`coalesce(excluded.rd_expense, enterprise_yearly.rd_expense)`,
            version: sql`enterprise_yearly.version + 1`,
            updated_at: new Date(),
            updated_by: actor.id,
          }),
        )
        .execute();
    }

    await trx
      .insertInto('enterprise_event')
      .values(
        chunk.map((r) => ({
          enterprise_id: ids.get(r.creditCode)!,
          region_code: r.regionCode,
          module: 'import',
          kind: r.existing ? 'import-updated' : 'import-created',
          title: r.existing ? 'Excel 导入更新企业信息' : 'Excel 导入纳入企业名录',
          detail: `文件“${file.name}”第 ${r.rowNumber} 行`,
          actor_id: actor.id,
          actor_name: actor.name,
          ref_type: null,
          ref_id: null,
        })),
      )
      .execute();

    await writeAudit(trx, actor, {
      action: 'enterprise.import',
      objectType: 'enterprise',
      regionCode: chunk[0].regionCode,
      before: before.length ? before : null,
      after: [...inserted, ...after],
      details: {
        file: file.name,
        sha256: file.sha256,
        rows: `${chunk[0].rowNumber}-${chunk[chunk.length - 1].rowNumber}`,
        created: inserted.length,
        updated: after.length,
      },
    });
    created += inserted.length;
    updated += after.length;
    await progress(i + chunk.length);
  }
  return { created, updated };
}
