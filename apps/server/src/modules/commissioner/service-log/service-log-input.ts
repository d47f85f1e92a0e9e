import type { Kysely } from 'kysely';
import { chinaToday, type TServiceLogInput } from '@kechuang/domain';
import { inScope, regionScopePrefix } from '../../../platform/auth/region-scope';
import type { DB } from '../../../platform/db/schema';
import { AppError } from '../../../platform/errors';
import type { AuthContext } from '../../../platform/http/types';
import { commissionersOfUser, daysLoggedOn } from './service-log.repository';

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

type Appointment = Awaited<ReturnType<typeof commissionersOfUser>>[number];

/** The user's appointment a log is for: the one named, or the one appointed (docs/rules.md §5.1.1). */
export async function appointmentOf(db: Kysely<DB>, auth: AuthContext, commissionerId?: number): Promise<Appointment> {
  const mine = await commissionersOfUser(db, auth.userId);
  if (!mine.length) throw invalid('commissionerId', '您的账号未关联科技特派员档案，请联系科技局');
  const c = commissionerId
    ? mine.find((m) => m.id === commissionerId)
    : (mine.find((m) => m.status === 'appointed') ?? mine[0]);
  if (!c) throw invalid('commissionerId', '只能为本人的科技特派员聘任记录填写服务日志');
  return c;
}

/**
 * The rules a log keeps (docs/rules.md §5.1.1), each refused with the field named: the commissioner is serving
 * (appointed), the date is not in the future (Beijing) and lies in the term, the served enterprise is of the
 * commissioner's region, and a date holds at most one day in total. Answers the served party's name.
 */
export async function checkServiceLog(
  db: Kysely<DB>,
  c: Appointment,
  input: TServiceLogInput,
  exceptId?: number,
): Promise<{ objectName: string }> {
  if (c.status !== 'appointed') {
    throw invalid('commissionerId', `${c.name}当前不是在聘科技特派员，不能填写服务日志`);
  }
  const today = chinaToday();
  if (input.servedOn > today) throw invalid('servedOn', `服务日期 ${input.servedOn} 晚于今天（${today}），不能预填`);
  if (input.servedOn < c.term_start || input.servedOn > c.term_end) {
    throw invalid('servedOn', `服务日期 ${input.servedOn} 不在聘期（${c.term_start} 至 ${c.term_end}）内`);
  }
  let objectName = input.objectName?.trim() ?? '';
  if (input.enterpriseId) {
    const e = await db
      .selectFrom('enterprise')
      .select(['name', 'region_code'])
      .where('id', '=', input.enterpriseId)
      .executeTakeFirst();
    if (!e) throw invalid('enterpriseId', '服务企业不存在');
    if (!inScope(regionScopePrefix(c.region_code), e.region_code)) {
      throw invalid('enterpriseId', `服务企业“${e.name}”不在本人服务的区域（${c.region_code}）内`);
    }
    objectName = e.name;
  }
  const logged = await daysLoggedOn(db, c.id, input.servedOn, exceptId);
  if (logged + input.days > 1) {
    throw invalid('days', `${input.servedOn} 已记录服务 ${logged} 天，同一天合计不能超过 1 天`);
  }
  return { objectName };
}

/** Request fields → columns. */
export function serviceLogColumns(input: TServiceLogInput, objectName: string) {
  return {
    served_on: input.servedOn,
    place: input.place,
    enterprise_id: input.enterpriseId ?? null,
    object_name: objectName,
    content: input.content,
    problems_solved: input.problemsSolved ?? null,
    trained_count: input.trainedCount,
    days: String(input.days),
    latitude: input.latitude === null || input.latitude === undefined ? null : String(input.latitude),
    longitude: input.longitude === null || input.longitude === undefined ? null : String(input.longitude),
  };
}
