import type { Kysely } from 'kysely';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { AppError } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { notifyUser } from '../../../platform/messages/notify';
import { conflictOf } from '../../project/conflict-of-interest';
import { assertEvalStaff } from './evaluation.policy';
import { findEntries } from './evaluation.repository';
import { assertRoundState } from './round-rules';
import { assignableExperts } from '../../project/assignable-experts';

/**
 * Staff of the round's county assign experts to entries under review, all or nothing (docs/rules.md §5.4). The
 * project module's expert library and its one conflict-of-interest rule decide who may score: an expert of the
 * operating enterprise, employed there or having declared it is refused (409), as is one without a profile (400).
 */
export async function assignEvalExperts(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  { entryIds, expertIds }: { entryIds: number[]; expertIds: number[] },
): Promise<number> {
  const entries = await findEntries(db, entryIds);
  if (entries.length !== new Set(entryIds).size) throw new AppError('NOT_FOUND', '部分评价记录不存在');
  const experts = await assignableExperts(db, expertIds);
  const problems: string[] = [];
  for (const e of entries) {
    assertEvalStaff(auth, e.region_code);
    assertRoundState({ title: e.round_title, state: e.round_state }, 'reviewing', '指派评审专家');
    // The operator as an applicant: a platform run by an institution outside the register is matched by name.
    const operator = {
      enterprise_id: e.enterprise_id ?? -1,
      name: e.enterprise_name ?? e.operator_name ?? '',
      credit_code: e.credit_code ?? '',
    };
    for (const x of experts) {
      const why = conflictOf(x, operator);
      if (why) {
        problems.push(
          `专家“${x.name}”与运营单位“${operator.name}”存在利益冲突（${why}），不能评审“${e.platform_name}”`,
        );
      }
    }
  }
  if (problems.length) throw new AppError('CONFLICT', problems.join('；'), problems);

  let added = 0;
  await db.transaction().execute(async (trx) => {
    for (const e of entries) {
      const rows = await trx
        .insertInto('tech_platform_eval_expert')
        .values(
          expertIds.map((expertId) => ({
            region_code: e.region_code,
            entry_id: e.id,
            expert_id: expertId,
            scores: '{}',
            created_by: actor.id,
            updated_by: actor.id,
          })),
        )
        .onConflict((oc) => oc.columns(['entry_id', 'expert_id']).doNothing())
        .returning(['id', 'expert_id'])
        .execute();
      added += rows.length;
      for (const r of rows) {
        await notifyUser(trx, r.expert_id, {
          category: 'todo',
          title: `平台评价：${e.platform_name}`,
          body: `请对“${e.round_title}”中的“${e.platform_name}”进行专家定性评价。`,
          link: `/tech-platform/evaluation/rounds/${e.round_id}`,
        });
      }
      await writeAudit(trx, actor, {
        action: 'tech-platform.evaluation.assign',
        objectType: 'tech_platform_eval_entry',
        objectId: e.id,
        regionCode: e.region_code,
        details: { expertIds: rows.map((r) => r.expert_id) },
      });
    }
  });
  return added;
}
