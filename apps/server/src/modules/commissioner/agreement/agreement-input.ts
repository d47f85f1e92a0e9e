import type { Kysely } from 'kysely';
import type { TAgreementInput } from '@kechuang/domain';
import { inScope } from '../../../platform/auth/region-scope';
import type { DB } from '../../../platform/db/schema';
import { AppError } from '../../../platform/errors';
import type { AuthContext } from '../../../platform/http/types';
import type { CommissionerRow } from '../commissioner.repository';

const refuse = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/**
 * The service object and the dates of a 三方协议 (docs/rules.md §5.1): an enterprise of the register in the user's
 * region (its name and kind 企业 taken from it) or a named entity with its kind; start and end within the
 * commissioner's term. Answers the columns.
 */
export async function agreementColumns(db: Kysely<DB>, auth: AuthContext, c: CommissionerRow, input: TAgreementInput) {
  let objectName = input.objectName?.trim() ?? '';
  let objectKind: string = input.objectKind ?? '其他';
  if (input.enterpriseId) {
    const e = await db
      .selectFrom('enterprise')
      .select(['name', 'region_code'])
      .where('id', '=', input.enterpriseId)
      .executeTakeFirst();
    if (!e) throw refuse('enterpriseId', '服务企业：企业名录中没有该企业');
    if (!inScope(auth.scopePrefix, e.region_code)) {
      throw refuse('enterpriseId', `服务企业：${e.name} 不在您的管辖范围内`);
    }
    objectName = e.name;
    objectKind = '企业';
  }
  if (input.startOn < c.term_start || input.startOn > c.term_end) {
    throw refuse('startOn', `协议开始日期须在任期（${c.term_start} 至 ${c.term_end}）之内`);
  }
  if (input.endOn > c.term_end) throw refuse('endOn', `协议结束日期不能晚于任期结束日期 ${c.term_end}`);
  return {
    enterprise_id: input.enterpriseId ?? null,
    object_name: objectName,
    object_kind: objectKind,
    service_days: input.serviceDays,
    tasks: input.tasks,
    start_on: input.startOn,
    end_on: input.endOn,
  };
}
