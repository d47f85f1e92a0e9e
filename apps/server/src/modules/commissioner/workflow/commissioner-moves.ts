import type { Kysely } from 'kysely';
import type { TCommissionerMoveRequest } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { UseCaseContext } from '../../../platform/http/types';
import { eligibilityOf, levelRule } from '../level-rules';
import { moveCommissioner, refuse, type MoveGuard } from './move-commissioner';

// One use case per move of docs/rules.md §5.1's procedure; the status table decides which are open.

type Move = (db: Kysely<DB>, ctx: UseCaseContext, id: number, m: TCommissionerMoveRequest) => Promise<void>;

/** 单位推荐: the sending unit recommends the applicant. */
export const recommendCommissioner: Move = (db, ctx, id, m) => moveCommissioner(db, ctx, id, 'recommend', m);

/** 县级审核: the bureau has reviewed the application. */
export const reviewCommissioner: Move = (db, ctx, id, m) => moveCommissioner(db, ctx, id, 'review', m);

/** 公示: the list of those to be appointed is made public. */
export const publiciseCommissioner: Move = (db, ctx, id, m) => moveCommissioner(db, ctx, id, 'publicise', m);

/**
 * 聘任 on the day given: refused (400, naming 资格条件) when the person fails the level's rule on that day and
 * staff have recorded no override; sets appointed_on.
 */
const eligibleOnAppointment: MoveGuard = async (db, row, on) => {
  const result = eligibilityOf(row, await levelRule(db, row.level), on);
  if (!result.passed && !row.eligibility_override) {
    const failed = result.checks.filter((c) => !c.passed).map((c) => c.message);
    throw refuse('eligibility', `不符合资格条件，不能聘任：${failed.join('；')}。如确需聘任，请先填写资格条件例外原因`);
  }
  return { appointed_on: on };
};
export const appointCommissioner: Move = (db, ctx, id, m) =>
  moveCommissioner(db, ctx, id, 'appoint', m, eligibleOnAppointment);

/** 期满 by hand (the daily job does it once the term has ended). */
export const expireCommissioner: Move = (db, ctx, id, m) => moveCommissioner(db, ctx, id, 'expire', m);

/** 解聘 before the term ends, with its reason. */
export const dismissCommissioner: Move = (db, ctx, id, m) => moveCommissioner(db, ctx, id, 'dismiss', m);
