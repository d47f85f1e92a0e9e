import {
  chinaToday,
  findCoopTransition,
  illegalCoopTransitionMessage,
  type CoopMachine,
  type CoopTransition,
} from '@kechuang/domain';
import { AppError } from '../../platform/errors';

/**
 * The checks of a requested move on a machine of the domain: the table allows it (else 409 naming both states),
 * a termination has its reason (400); the effective date defaults to today (Beijing). Answers the move, the reason and the date.
 */
export function checkMove<S extends string>(
  m: CoopMachine<S>,
  from: S,
  request: { to: string; reason?: string | null; on?: string },
): { t: CoopTransition<S>; reason: string | null; on: string } {
  const to = request.to as S;
  const t = findCoopTransition(m, from, to);
  if (!t) throw new AppError('CONFLICT', illegalCoopTransitionMessage(m, from, to), { from, to });
  const reason = request.reason?.trim() || null;
  if (t.reasonRequired && !reason) {
    throw new AppError('VALIDATION_FAILED', `“${t.label}”须填写原因`, [{ field: 'reason', message: '请填写原因' }]);
  }
  return { t, reason, on: request.on ?? chinaToday() };
}

/** A move cannot take effect before the record began (400 naming 生效日期). */
export function assertOnOrAfter(on: string, begin: string, beginLabel: string): void {
  if (on >= begin) return;
  const message = `生效日期不能早于${beginLabel}（${begin}）`;
  throw new AppError('VALIDATION_FAILED', message, [{ field: 'on', message }]);
}
