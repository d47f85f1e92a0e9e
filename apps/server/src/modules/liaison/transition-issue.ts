import type { Kysely, Selectable } from 'kysely';
import {
  chinaToday,
  findIssueTransition,
  illegalIssueTransitionMessage,
  LIAISON_ISSUE_STATE_LABELS,
  type LiaisonIssueState,
  type TLiaisonIssueTransitionRequest,
} from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { enterpriseEventInsert } from '../enterprise/timeline';
import { findIssueRow, issueWithHistory } from './issue.repository';
import { refuse } from './liaison-refs';
import { issueActorOf } from './liaison.policy';
import type { LiaisonIssueTable } from './liaison.tables';

/**
 * Moves an issue along its table (packages/domain/src/liaison/issue-transitions.ts, docs/rules.md §5.7.1): the
 * bureau starts and closes it (已办结 needs 办理答复: 400 naming the field), the enterprise confirms or sends it
 * back (退回重办 needs a reason). A move the table forbids this actor is 409 naming both states. One transaction:
 * the row (optimistic locking), its history row, the audit row last with the enterprise's timeline event.
 */
export async function transitionIssue(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  m: TLiaisonIssueTransitionRequest,
) {
  const current = await findIssueRow(db, id);
  if (!current) throw notFound('企业诉求');
  const by = issueActorOf(auth, current);
  const from = current.status as LiaisonIssueState;
  const t = findIssueTransition(from, m.to, by);
  if (!t) throw new AppError('CONFLICT', illegalIssueTransitionMessage(from, m.to, by), { from, to: m.to });
  const answer = m.answer?.trim() || null;
  const reason = m.reason?.trim() || null;
  if (t.answerRequired && !answer) throw refuse('answer', '办结须填写办理答复');
  if (t.reasonRequired && !reason) throw refuse('reason', `“${t.label}”须填写原因`);
  const set: Record<string, unknown> = { status: m.to };
  if (t.answerRequired) Object.assign(set, { answer, closed_on: chinaToday() });
  if (m.to === 'handling' && from === 'closed') set.closed_on = null;
  await db.transaction().execute(async (trx) => {
    const { before, after, auditHead } = await updateVersioned<Selectable<LiaisonIssueTable>>(trx, {
      table: 'liaison_issue',
      key: 'id',
      id,
      version: m.version,
      set,
      what: '企业诉求',
      userId: actor.id,
      auditChain: 'region_code',
    });
    if (before.status !== from) throw new AppError('VERSION_CONFLICT', '企业诉求已被他人办理，请刷新后重试');
    await trx
      .insertInto('liaison_issue_history')
      .values({
        issue_id: id,
        region_code: before.region_code,
        from_state: from,
        to_state: m.to,
        reason: answer ?? reason,
        actor_id: actor.id,
        actor_name: auth.displayName,
      })
      .execute();
    await writeAudit(
      trx,
      actor,
      {
        action: 'liaison.issue-transition',
        objectType: 'liaison_issue',
        objectId: id,
        regionCode: before.region_code,
        before,
        after,
        details: { from, to: m.to, by, reason, answer },
      },
      {
        head: auditHead!,
        alongside: [
          enterpriseEventInsert(trx, actor, {
            enterpriseId: before.enterprise_id,
            regionCode: before.region_code,
            module: 'liaison',
            kind: 'issue-move',
            title: `诉求${t.label}：${before.content}`,
            detail: `${LIAISON_ISSUE_STATE_LABELS[from]} → ${LIAISON_ISSUE_STATE_LABELS[m.to]}${(answer ?? reason) ? `：${answer ?? reason}` : ''}`,
            ref: { type: 'liaison_issue', id },
          }),
        ],
      },
    );
  });
  return issueWithHistory(db, (await findIssueRow(db, id))!);
}
