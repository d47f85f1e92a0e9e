import type { Kysely } from 'kysely';
import { chinaToday, type TAssignNeed } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import { AppError, forbidden } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { notifyUser } from '../../../platform/messages/notify';
import { moveNeed } from './move-need';
import { findCommissioner } from './need.repository';

const refuse = (message: string) => new AppError('VALIDATION_FAILED', message, [{ field: 'commissionerId', message }]);

/**
 * Staff assign a commissioner to an open need (待对接 → 已指派, docs/rules.md §5.1.2): appointed, the term covering
 * today, of the need's city; the commissioner's account gets a message.
 */
export async function assignNeed(db: Kysely<DB>, ctx: UseCaseContext, id: number, input: TAssignNeed) {
  const today = chinaToday();
  let commissioner: Awaited<ReturnType<typeof findCommissioner>>;
  return moveNeed(db, ctx, {
    id,
    version: input.version,
    to: 'assigned',
    set: { commissioner_id: input.commissionerId, assigned_on: today },
    note: null,
    action: 'commissioner.need.assign',
    async check(trx, need, by) {
      if (by !== 'staff') throw forbidden();
      commissioner = await findCommissioner(trx, input.commissionerId);
      if (!commissioner || commissioner.region_code.slice(0, 4) !== need.region_code.slice(0, 4)) {
        throw refuse(`科技特派员：编号 ${input.commissionerId} 不是本市的科技特派员`);
      }
      if (commissioner.status !== 'appointed' || commissioner.term_start > today || commissioner.term_end < today) {
        throw refuse(`科技特派员：“${commissioner.name}”不在聘期内，不能指派`);
      }
    },
    title: () => `技术需求已指派科技特派员：${commissioner!.name}`,
    async alongside(trx, need) {
      if (!commissioner?.user_id) return;
      await notifyUser(trx, commissioner.user_id, {
        category: 'todo',
        title: `新的对接需求：${need.enterprise_name}`,
        body: `${need.enterprise_name}的技术需求已指派给您：${need.problem}`,
        link: `/commissioner/my-assignments?ids=${need.id}`,
      });
    },
  });
}
