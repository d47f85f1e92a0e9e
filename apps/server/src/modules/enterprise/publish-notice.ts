import type { Kysely } from 'kysely';
import { NOTICE_FROM_STAGE, NOTICE_STAGE, STAGE_LABELS, type Stage, type TNoticeItem } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCanWrite } from './enterprise.policy';
import { checkEndDates, findEnterprisesByCreditCode, findNotice, type CheckedNotice } from './notice.repository';
import { recordEnterpriseEvent } from './timeline';

/**
 * Moves the qualification records a notice lists from 推荐 to 公示 and ties them to it (locked, so a record moved
 * meanwhile refuses the publication, naming it). Returns the ids moved.
 */
async function moveListedToNotice(trx: Kysely<DB>, userId: number, noticeId: number, ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await trx
    .selectFrom('qualification as q')
    .innerJoin('enterprise as e', 'e.id', 'q.enterprise_id')
    .select(['q.id', 'q.stage', 'e.name'])
    .where('q.id', 'in', ids)
    .forUpdate('q')
    .execute();
  const moved = rows.filter((q) => q.stage !== NOTICE_FROM_STAGE);
  if (moved.length > 0) {
    const named = moved.map((q) => `“${q.name}”（现为${STAGE_LABELS[q.stage as Stage]}）`).join('、');
    throw new AppError(
      'CONFLICT',
      `公示所列资质记录已不在“${STAGE_LABELS[NOTICE_FROM_STAGE]}”阶段：${named}，请重新拟定公示`,
    );
  }
  await trx
    .updateTable('qualification')
    .set((eb) => ({
      stage: NOTICE_STAGE,
      notice_id: noticeId,
      version: eb('version', '+', 1),
      updated_at: new Date(),
      updated_by: userId,
    }))
    .where('id', 'in', ids)
    .execute();
  return [...ids].sort((a, b) => a - b);
}

/**
 * Publishes a draft 公示 of the user's region (the public page shows it from then on). In one transaction: the
 * notice (optimistic locking), the records it lists moved to 公示, an entry on the timeline of every enterprise it lists, and the audit row last.
 */
export async function publishNotice(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  o: { id: number; version: number },
): Promise<CheckedNotice> {
  const n = await findNotice(db, o.id);
  if (!n) throw notFound('公示');
  assertCanWrite(auth, n.region_code);
  if (n.status !== 'draft') throw new AppError('CONFLICT', '该公示已发布');
  const published = await db.transaction().execute(async (trx) => {
    const after = await trx
      .updateTable('public_notice')
      .set((eb) => ({
        status: 'published',
        version: eb('version', '+', 1),
        updated_at: new Date(),
        updated_by: auth.userId,
      }))
      .where('id', '=', n.id)
      .where('version', '=', o.version)
      .returningAll()
      .executeTakeFirst();
    if (!after) throw new AppError('VERSION_CONFLICT', '公示已被他人修改，请刷新后重试');
    const moved = await moveListedToNotice(trx, auth.userId, n.id, n.qualification_ids);
    // The units listed, by credit code: names are not unique across the register.
    const listed = await findEnterprisesByCreditCode(
      trx,
      (n.items as TNoticeItem[]).map((i) => i.creditCode),
    );
    for (const e of listed) {
      await recordEnterpriseEvent(trx, actor, {
        enterpriseId: e.id,
        regionCode: e.region_code,
        module: 'notice',
        kind: 'published',
        title: `列入公示：${n.title}`,
        detail: `公示期 ${n.start_date} 至 ${n.end_date}`,
        ref: { type: 'public_notice', id: n.id },
      });
    }
    // Last: the region's audit chain stays locked from here to COMMIT.
    await writeAudit(trx, actor, {
      action: 'notice.publish',
      objectType: 'public_notice',
      objectId: n.id,
      regionCode: n.region_code,
      details: moved.length
        ? { qualificationIds: moved, stage: `${STAGE_LABELS[NOTICE_FROM_STAGE]} → ${STAGE_LABELS[NOTICE_STAGE]}` }
        : undefined,
    });
    return after;
  });
  return (await checkEndDates(db, [published]))[0];
}
