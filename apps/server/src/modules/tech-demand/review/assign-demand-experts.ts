import type { Kysely } from 'kysely';
import type { TAssignDemandExperts } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { AppError } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { notifyUser } from '../../../platform/messages/notify';
import { conflictOf } from '../../project/conflict-of-interest';
import { assertDemandStaff } from '../tech-demand.policy';
import { findDemandsForAssignment } from './review.repository';
import { assignableExperts } from '../../project/assignable-experts';

/**
 * Staff assign experts to demands under 论证 (docs/rules.md §5.2), all or nothing, through the project module's
 * expert library and its one conflict-of-interest rule: an expert of the demand's enterprise (account, employer,
 * declared conflict) is refused (409), one without a profile too (400); afterwards every demand must have at
 * least its call's minimum of experts (400).
 */
export async function assignDemandExperts(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  { demandIds, expertIds }: TAssignDemandExperts,
): Promise<number> {
  const demands = await findDemandsForAssignment(db, demandIds);
  if (demands.length !== new Set(demandIds).size) throw new AppError('NOT_FOUND', '部分技术需求不存在');
  const experts = await assignableExperts(db, expertIds);
  const problems: string[] = [];
  for (const d of demands) {
    assertDemandStaff(auth, d.region_code);
    if (d.state !== 'reviewing') {
      throw new AppError('CONFLICT', `“${d.title}”不在论证中，不能指派论证专家`);
    }
    for (const x of experts) {
      const why = conflictOf(x, { enterprise_id: d.enterprise_id, name: d.name, credit_code: d.credit_code });
      if (why) {
        problems.push(
          `专家“${x.name ?? x.display_name}”与发榜企业“${d.name}”存在利益冲突（${why}），不能论证“${d.title}”`,
        );
      }
    }
  }
  if (problems.length) throw new AppError('CONFLICT', problems.join('；'), problems);

  let added = 0;
  await db.transaction().execute(async (trx) => {
    for (const d of demands) {
      const rows = await trx
        .insertInto('tech_demand_review')
        .values(
          expertIds.map((expertId) => ({
            region_code: d.region_code,
            demand_id: d.id,
            expert_id: expertId,
            scores: '{}',
            created_by: actor.id,
            updated_by: actor.id,
          })),
        )
        .onConflict((oc) => oc.columns(['demand_id', 'expert_id']).doNothing())
        .returning(['id', 'expert_id'])
        .execute();
      const total = await trx
        .selectFrom('tech_demand_review')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('demand_id', '=', d.id)
        .executeTakeFirstOrThrow();
      const min = d.min_experts ?? 1;
      if (Number(total.n) < min) {
        const message = `每项需求至少 ${min} 位论证专家，“${d.title}”目前只有 ${Number(total.n)} 位`;
        throw new AppError('VALIDATION_FAILED', message, [{ field: 'expertIds', message: `至少 ${min} 位` }]);
      }
      added += rows.length;
      for (const r of rows) {
        await notifyUser(trx, r.expert_id, {
          category: 'todo',
          title: `揭榜挂帅需求论证：${d.title}`,
          body: `请对“${d.call_title ?? '榜单批次'}”中的需求“${d.title}”按四项指标打分并确认。`,
          link: '/tech-demand/scoring',
        });
      }
      await writeAudit(trx, actor, {
        action: 'tech-demand.review.assign',
        objectType: 'tech_demand',
        objectId: d.id,
        regionCode: d.region_code,
        details: { expertIds: rows.map((r) => r.expert_id) },
      });
    }
  });
  return added;
}
