import { assertInScope, holds, rowScope, type RowScope } from '../../../platform/auth/row-scope';
import { AppError, forbidden } from '../../../platform/errors';
import type { AuthContext } from '../../../platform/http/types';

// Who does what in an evaluation round (docs/rules.md §5.4), stated once.

/**
 * Rounds and entries: staff and leaders of a region; an enterprise user the entries of the platforms its
 * enterprise operates; an expert the entries assigned to them.
 */
export const evaluationScope = (auth: AuthContext): RowScope =>
  rowScope(auth, { region: ['tech-platform:read'], own: ['tech-platform:self'], assigned: ['tech-platform:review'] });

/** The entry columns (table `e`) a scope filters on; an expert's are those with a task of theirs. */
export const EVAL_ENTRY_COLUMNS = { region: 'e.region_code', enterprise: 'e.enterprise_id' } as const;

/** Refuses a bureau action (open, close, grade, publish, assign, manage) to anyone but staff of the row's region. */
export function assertEvalStaff(auth: AuthContext, regionCode: string): void {
  if (!holds(auth, 'tech-platform:write')) throw forbidden('该操作须由科技局业务人员办理');
  assertInScope(
    rowScope(auth, { region: ['tech-platform:write'] }),
    { region_code: regionCode },
    `所属县区 ${regionCode} `,
  );
}

/** Whether the user may see bureau-only parts of a round (other platforms' results before the 公示, exports). */
export const isEvalReader = (auth: AuthContext): boolean => holds(auth, 'tech-platform:read');

/**
 * Who fills a platform's figures: a user of the operating enterprise, or staff of the region on its behalf
 * (`onBehalf` is recorded in the audit trail). Anyone else is refused.
 */
export function operatorActor(
  auth: AuthContext,
  entry: { enterprise_id: number | null; region_code: string },
): { onBehalf: boolean } {
  if (holds(auth, 'tech-platform:self') && auth.enterpriseId !== null && auth.enterpriseId === entry.enterprise_id) {
    return { onBehalf: false };
  }
  if (holds(auth, 'tech-platform:write')) {
    assertEvalStaff(auth, entry.region_code);
    return { onBehalf: true };
  }
  if (holds(auth, 'tech-platform:self')) throw new AppError('OUT_OF_SCOPE', '只能填报本单位运营的平台');
  throw forbidden();
}

/** Refuses an expert task to anyone but its expert. */
export function assertOwnTask(auth: AuthContext, task: { expert_id: number }): void {
  if (!holds(auth, 'tech-platform:review') || task.expert_id !== auth.userId) {
    throw forbidden('该评审任务未分配给您，不能打分');
  }
}

/** Refuses reading an entry outside the scope: another county, another enterprise, not assigned to the expert. */
export function assertCanReadEntry(
  auth: AuthContext,
  entry: { region_code: string; enterprise_id: number | null; expertIds: readonly number[] },
): void {
  const row = { ...entry, assignedTo: (userId: number) => entry.expertIds.includes(userId) };
  assertInScope(evaluationScope(auth), row, '该评价记录');
}

/** A scheme applies to every county: only staff of province-wide scope issue a version. */
export function assertCanIssueScheme(auth: AuthContext): void {
  if (!holds(auth, 'tech-platform:write') || auth.scopePrefix.length > 2) {
    throw forbidden('评价指标体系由省级科技管理部门发布');
  }
}

/** Exports are for the bureau (staff and leaders of the region), not for operators or experts. */
export function assertCanExportRound(auth: AuthContext): void {
  if (!isEvalReader(auth)) throw forbidden('评价结果导出仅限科技局人员');
}
