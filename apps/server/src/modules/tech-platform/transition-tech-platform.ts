import type { Kysely, Selectable } from 'kysely';
import {
  TECH_PLATFORM_STATE_LABELS,
  findPlatformTransition,
  illegalPlatformTransitionMessage,
  type TechPlatformState,
  type TTechPlatformTransitionRequest,
} from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { historyOf } from './dossier.repository';
import { enterprisesInvolved, platformEventInserts } from './platform-events';
import { readTechPlatform } from './read-tech-platform';
import { assertCanChange } from './tech-platform.policy';
import type { TechPlatformTable } from './tech-platform.tables';

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/**
 * Moves a platform along its status table (packages/domain tech-platform-transitions): a move the table forbids
 * is 409 naming both states; 摘牌 and 撤销 need a reason; 建设中 dates its 成立 and 已认定 its 认定 (with 文号).
 * One transaction: the row (optimistic locking), its history row, the timeline of every enterprise involved, the
 * audit row last.
 */
export async function transitionTechPlatform(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  m: TTechPlatformTransitionRequest,
): Promise<void> {
  const { row: p, members } = await readTechPlatform(db, auth, id);
  assertCanChange(auth, p);
  const from = p.status as TechPlatformState;
  const t = findPlatformTransition(from, m.to);
  if (!t) throw new AppError('CONFLICT', illegalPlatformTransitionMessage(from, m.to), { from, to: m.to });
  const reason = m.reason?.trim() || null;
  if (t.reasonRequired && !reason) throw invalid('reason', `“${t.label}”须填写原因`);
  const history = await historyOf(db, id);
  const last = history.at(-1)?.on_date;
  if (last && m.on < last) throw invalid('on', `日期不能早于上一次状态变化的日期 ${last}`);
  const set: Partial<Record<keyof TechPlatformTable, unknown>> = { status: m.to, status_reason: reason };
  if (m.to === 'building' && !p.established_on) set.established_on = m.on;
  if (m.to === 'recognized') {
    const documentNo = m.documentNo?.trim() || p.document_no;
    if (!documentNo) throw invalid('documentNo', '登记认定须填写认定文号');
    Object.assign(set, { recognized_on: m.on, document_no: documentNo });
  }

  await db.transaction().execute(async (trx) => {
    const { before, after, auditHead } = await updateVersioned<Selectable<TechPlatformTable>>(trx, {
      table: 'tech_platform',
      key: 'id',
      id,
      version: m.version,
      set,
      what: '创新平台',
      userId: actor.id,
      auditChain: 'region_code',
    });
    if (before.status !== from) throw new AppError('VERSION_CONFLICT', '创新平台已被他人修改，请刷新后重试');
    await trx
      .insertInto('tech_platform_history')
      .values({
        platform_id: id,
        region_code: p.region_code,
        from_state: from,
        to_state: m.to,
        on_date: m.on,
        reason,
        actor_id: actor.id,
        actor_name: auth.displayName,
      })
      .execute();
    const label = TECH_PLATFORM_STATE_LABELS;
    const events = platformEventInserts(trx, actor, enterprisesInvolved(p, members), {
      platformId: id,
      regionCode: p.region_code,
      kind: `platform-${m.to}`,
      title: `${p.name}：${label[from]} → ${label[m.to]}`,
      detail:
        [m.to === 'recognized' ? `认定文号 ${set.document_no as string}` : null, reason].filter(Boolean).join('；') ||
        null,
    });
    await writeAudit(
      trx,
      actor,
      {
        action: 'tech-platform.transition',
        objectType: 'tech_platform',
        objectId: id,
        regionCode: p.region_code,
        before,
        after,
        details: { from, to: m.to, on: m.on, reason },
      },
      { head: auditHead!, alongside: events },
    );
  });
}
