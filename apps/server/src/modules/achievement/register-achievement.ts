import type { Kysely } from 'kysely';
import { chinaToday, registrationNoProblem, type AchievementCategory } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { holderOfRegistrationNo } from './achievement.repository';
import { moveAchievement, type MoveRequest } from './move-achievement';

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/** Refuses a 登记号 already held by another registration (400 naming 登记号 and the holder). */
export async function assertRegistrationNoFree(db: Kysely<DB>, no: string): Promise<void> {
  const holder = await holderOfRegistrationNo(db, no);
  if (holder) throw invalid('registrationNo', `登记号 ${no} 已被成果“${holder.name}”使用，请核对`);
}

/**
 * 登记: staff enter the 批准登记号 and 登记日期 of a recommended registration. The number is checked against its
 * format (docs/rules.md §4.4: the year of the 登记日期, the 类别's type flag) and must not be in use (400 naming 登记号);
 * the date may not lie in the future.
 */
export async function registerAchievement(
  db: Kysely<DB>,
  ctx: UseCaseContext,
  req: MoveRequest & { registrationNo: string; registeredOn: string },
) {
  const no = req.registrationNo.trim().toUpperCase();
  const move = moveAchievement(db, ctx, 'register', req, {
    check: async (row) => {
      if (req.registeredOn > chinaToday()) throw invalid('registeredOn', `登记日期 ${req.registeredOn} 不能晚于今天`);
      const problem = registrationNoProblem(no, row.category as AchievementCategory, req.registeredOn);
      if (problem) throw invalid('registrationNo', problem);
    },
    checkLocked: (trx) => assertRegistrationNoFree(trx, no),
    set: { registration_no: no, registered_on: req.registeredOn },
    detail: `登记号 ${no}`,
  });
  // Two registrations given one number at the same moment: the unique index decides, and the loser is told so.
  return move.catch((e: unknown) => {
    if ((e as { code?: string }).code === '23505') {
      throw invalid('registrationNo', `登记号 ${no} 已被其他成果使用，请核对`);
    }
    throw e;
  });
}
