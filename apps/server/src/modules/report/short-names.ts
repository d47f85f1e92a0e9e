import type { Kysely } from 'kysely';
import { deriveShortName } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';

/** The short names staff set, and for the names asked about, what the rule derives. */
export async function listShortNames(db: Kysely<DB>, names: string[]) {
  const rows = await db.selectFrom('report_short_name').select(['name', 'short_name']).orderBy('name').execute();
  const set = new Map(rows.map((r) => [r.name, r.short_name]));
  const all = [...new Set([...rows.map((r) => r.name), ...names])];
  return all.map((name) => ({
    name,
    shortName: set.get(name) ?? deriveShortName(name),
    derived: deriveShortName(name),
  }));
}

/** Sets (or, when it equals the rule's, clears) the short name of a full name. */
export async function saveShortName(db: Kysely<DB>, uc: UseCaseContext, o: { name: string; shortName: string }) {
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('report_short_name')
      .select('short_name')
      .where('name', '=', o.name)
      .executeTakeFirst();
    if (o.shortName === deriveShortName(o.name)) {
      await trx.deleteFrom('report_short_name').where('name', '=', o.name).execute();
    } else {
      await trx
        .insertInto('report_short_name')
        .values({ name: o.name, short_name: o.shortName, updated_by: uc.auth.userId })
        .onConflict((oc) =>
          oc
            .column('name')
            .doUpdateSet({ short_name: o.shortName, updated_at: new Date(), updated_by: uc.auth.userId }),
        )
        .execute();
    }
    await writeAudit(trx, uc.actor, {
      action: 'report.short-name.save',
      objectType: 'report_short_name',
      objectId: o.name,
      regionCode: uc.auth.regionCode,
      before: before ? { shortName: before.short_name } : null,
      after: { shortName: o.shortName },
    });
  });
}
