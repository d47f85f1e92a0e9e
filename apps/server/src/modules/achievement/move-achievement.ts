import type { Kysely, Selectable, Transaction } from 'kysely';
import {
  ACHIEVEMENT_STATE_LABELS,
  ACHIEVEMENT_TRANSITIONS,
  achievementTransition,
  illegalAchievementMoveMessage,
  type AchievementMove,
  type AchievementState,
  type AchievementTransition,
} from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { enterpriseEventInsert } from '../enterprise/timeline';
import { applicantActor, assertStaffRegion } from './achievement.policy';
import type { AchievementRow } from './achievement.repository';
import type { AchievementTable } from './achievement.tables';
import { readAchievement } from './read-achievement';

/** The moves the first completing unit's timeline shows (docs/rules.md §5.3). */
const ON_TIMELINE: ReadonlySet<AchievementState> = new Set(['submitted', 'returned', 'registered', 'revoked']);

export interface MoveRequest {
  id: number;
  version: number;
  comment?: string | null;
}

export interface MoveOptions {
  /** Checks of the move itself (evidence, 登记号), before anything is written; may look at the database. */
  check?: (row: AchievementRow, db: Kysely<DB>) => Promise<void>;
  /** Columns the move sets besides the state. */
  set?: Record<string, unknown>;
  /** Checks inside the transaction, after the row is locked (a unique number). */
  checkLocked?: (trx: Transaction<DB>) => Promise<void>;
  /** The timeline entry's detail besides the reason. */
  detail?: string;
}

/**
 * Moves a registration along the transition table: decides who may make the move (the unit, staff on its behalf,
 * or staff only), refuses what the table forbids (409 naming both states), requires a reason where the move
 * needs one (400), then in one transaction updates the row under optimistic locking, adds the history row, and
 * appends the audit row with the enterprise's timeline entry alongside (last).
 */
export async function moveAchievement(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  move: AchievementMove,
  req: MoveRequest,
  options: MoveOptions = {},
): Promise<AchievementTransition> {
  const row = await readAchievement(db, auth, req.id);
  const from = row.status as AchievementState;
  // Who may make the move is decided first: whoever may not make it learns nothing of the state (403, not 409).
  const by = ACHIEVEMENT_TRANSITIONS.find((x) => x.move === move)!.by;
  const onBehalf = by === 'applicant' ? applicantActor(auth, row).onBehalf : false;
  if (by === 'staff') assertStaffRegion(auth, row.region_code);
  const t = achievementTransition(from, move);
  if (!t) throw new AppError('CONFLICT', illegalAchievementMoveMessage(from, move), { from, move });
  const comment = req.comment?.trim() || null;
  if (t.reasonRequired && !comment) {
    throw new AppError('VALIDATION_FAILED', `“${t.label}”须填写原因`, [{ field: 'comment', message: '请填写原因' }]);
  }
  await options.check?.(row, db);
  const now = new Date();

  await db.transaction().execute(async (trx) => {
    await options.checkLocked?.(trx);
    const { before, after, auditHead } = await updateVersioned<Selectable<AchievementTable>>(trx, {
      table: 'achievement',
      key: 'id',
      id: row.id,
      version: req.version,
      set: { status: t.to, ...(t.to === 'submitted' ? { submitted_at: now } : {}), ...options.set },
      what: '科技成果登记',
      userId: actor.id,
      auditChain: 'region_code',
    });
    if (before.status !== from) {
      throw new AppError('VERSION_CONFLICT', '科技成果登记已被他人办理，请刷新后重试（您的操作未保存）');
    }
    await trx
      .insertInto('achievement_transition')
      .values({
        region_code: row.region_code,
        achievement_id: row.id,
        from_state: from,
        to_state: t.to,
        at: now,
        actor_id: actor.id,
        actor_name: auth.displayName,
        on_behalf: onBehalf,
        comment,
      })
      .execute();
    const timeline =
      row.enterprise_id !== null && ON_TIMELINE.has(t.to)
        ? [
            enterpriseEventInsert(trx, actor, {
              enterpriseId: row.enterprise_id,
              regionCode: row.region_code,
              module: 'achievement',
              kind: `achievement-${t.to}`,
              title: `科技成果登记“${row.name}”：${ACHIEVEMENT_STATE_LABELS[t.to]}`,
              detail:
                [onBehalf ? '业务人员代为办理' : null, options.detail ?? null, comment].filter(Boolean).join('；') ||
                null,
              ref: { type: 'achievement', id: row.id },
              at: now,
            }),
          ]
        : [];
    // Last: the region's audit chain stays locked from the update to COMMIT.
    await writeAudit(
      trx,
      actor,
      {
        action: `achievement.${move}`,
        objectType: 'achievement',
        objectId: row.id,
        regionCode: row.region_code,
        before,
        after,
        details: { from, to: t.to, onBehalf, comment },
      },
      { head: auditHead!, alongside: timeline },
    );
  });
  return t;
}
