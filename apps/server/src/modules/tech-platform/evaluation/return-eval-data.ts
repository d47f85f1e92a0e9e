import type { Kysely } from 'kysely';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { notifyUser } from '../../../platform/messages/notify';
import { enterpriseEventInsert } from '../../enterprise/timeline';
import { assertEvalStaff } from './evaluation.policy';
import { findEntry, operatorUsers } from './evaluation.repository';
import { assertRoundState } from './round-rules';

/**
 * Staff of the county return submitted figures to the operator while the round is still open (a reason is
 * required): the entry is a draft again, its quantitative score cleared, the operator's users told why.
 */
export async function returnEvalData(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  o: { entryId: number; reason: string; version: number },
) {
  const entry = await findEntry(db, o.entryId);
  if (!entry) throw notFound('评价记录');
  assertEvalStaff(auth, entry.region_code);
  assertRoundState({ title: entry.round_title, state: entry.round_state }, 'open', '退回填报');
  if (entry.status !== 'submitted') {
    throw new AppError('CONFLICT', `“${entry.platform_name}”的评价数据尚未提交，无需退回`);
  }
  const reason = o.reason.trim();
  await db.transaction().execute(async (trx) => {
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'tech_platform_eval_entry',
      key: 'id',
      id: entry.id,
      version: o.version,
      set: { status: 'draft', submitted_at: null, quantitative_score: null, quantitative_items: null },
      what: '评价数据',
      userId: auth.userId,
    });
    if (entry.enterprise_id) {
      for (const u of await operatorUsers(trx, entry.enterprise_id)) {
        await notifyUser(trx, u.id, {
          category: 'todo',
          title: `评价数据退回：${entry.platform_name}`,
          body: `${entry.round_title}：${reason}`,
          link: `/tech-platform/evaluation/rounds/${entry.round_id}`,
        });
      }
    }
    const alongside = entry.enterprise_id
      ? [
          enterpriseEventInsert(trx, actor, {
            enterpriseId: entry.enterprise_id,
            regionCode: entry.region_code,
            module: 'tech-platform',
            kind: 'evaluation-returned',
            title: `${entry.round_title}：“${entry.platform_name}”评价数据退回修改`,
            detail: reason,
            ref: { type: 'tech_platform_eval_entry', id: entry.id },
          }),
        ]
      : [];
    await writeAudit(
      trx,
      actor,
      {
        action: 'tech-platform.evaluation.return',
        objectType: 'tech_platform_eval_entry',
        objectId: entry.id,
        regionCode: entry.region_code,
        before,
        after,
        details: { reason },
      },
      { alongside },
    );
  });
}
