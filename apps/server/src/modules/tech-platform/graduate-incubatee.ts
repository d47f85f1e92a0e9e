import type { Kysely } from 'kysely';
import { checkGraduation, graduationCriterion, type TGraduateRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { findIncubatee, graduationRegisterFacts } from './dossier.repository';
import { platformEventInserts } from './platform-events';
import { readTechPlatform } from './read-tech-platform';
import { assertCanChange } from './tech-platform.policy';

/**
 * Graduates an incubatee for one reason of docs/rules.md §5.4, checked by the domain's criteria against the
 * register (高企, revenue) or the evidence stated (financing, acquisition or listing): a reason the criteria do
 * not support is 400 saying why. The basis is kept with the graduation and shown on the enterprise's timeline.
 */
export async function graduateIncubatee(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  incubateeId: number,
  g: TGraduateRequest,
): Promise<void> {
  const i = await findIncubatee(db, incubateeId);
  if (!i) throw notFound('在孵企业');
  const { row: p } = await readTechPlatform(db, auth, i.platform_id);
  assertCanChange(auth, p);
  if (i.graduated_on) throw new AppError('CONFLICT', `“${i.enterprise_name}”已于 ${i.graduated_on} 毕业`);
  if (g.graduatedOn < i.entered_on) {
    const message = `毕业日期不能早于入孵日期 ${i.entered_on}`;
    throw new AppError('VALIDATION_FAILED', message, [{ field: 'graduatedOn', message }]);
  }
  const check = checkGraduation(
    { ...g, statedRevenue: g.statedRevenue ?? null },
    await graduationRegisterFacts(db, i.enterprise_id),
  );
  if (!check.ok) {
    throw new AppError('VALIDATION_FAILED', check.message, [{ field: check.field, message: check.message }]);
  }
  const label = graduationCriterion(g.criterion).label;

  await db.transaction().execute(async (trx) => {
    const after = await trx
      .updateTable('tech_platform_incubatee')
      .set({
        graduated_on: g.graduatedOn,
        criterion: g.criterion,
        basis: check.basis.slice(0, 1000),
        updated_by: actor.id,
        updated_at: new Date(),
        version: i.version + 1,
      })
      .where('id', '=', i.id)
      .where('graduated_on', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!after) throw new AppError('CONFLICT', `“${i.enterprise_name}”已毕业，请刷新`);
    const events = platformEventInserts(trx, actor, [i.enterprise_id], {
      platformId: p.id,
      regionCode: p.region_code,
      kind: 'incubation-graduated',
      title: `从${p.name}毕业：${label}`,
      detail: check.basis,
    });
    await writeAudit(
      trx,
      actor,
      {
        action: 'tech-platform.incubatee.graduate',
        objectType: 'tech_platform_incubatee',
        objectId: i.id,
        regionCode: p.region_code,
        before: i,
        after,
        details: { criterion: g.criterion, basis: check.basis },
      },
      { alongside: events },
    );
  });
}
