import type { Kysely } from 'kysely';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, forbidden, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { invalidateParams } from '../../platform/params/params.repository';
import { findParam, type ParamCategory, type ParamRow } from './param.repository';

/** What is wrong with a value for a parameter (its type and bounds), or null. */
function checkValue(p: ParamRow, value: string): string | null {
  if (p.value_type === 'boolean') return value === 'true' || value === 'false' ? null : `${p.name}须为“是”或“否”`;
  if (p.value_type === 'int') {
    if (!/^-?\d+$/.test(value)) return `${p.name}须为整数`;
    const n = Number(value);
    if (p.min_value !== null && n < p.min_value) return `${p.name}不能小于 ${p.min_value}`;
    if (p.max_value !== null && n > p.max_value) return `${p.name}不能大于 ${p.max_value}`;
    return null;
  }
  return value.length === 0 ? `${p.name}不能为空` : null;
}

/**
 * Changes a parameter of the category the route administers (optimistic locking): neither admin can change the
 * other's settings, and a value must fit the parameter's type and bounds.
 */
export async function updateParam(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { category: ParamCategory; key: string; value: string; version: number },
): Promise<ParamRow> {
  const { category } = input;
  const p = await findParam(db, input.key);
  if (!p) throw notFound('参数');
  if (p.category !== category) {
    throw forbidden(category === 'system' ? '安全策略参数只能由安全管理员修改' : '系统参数只能由系统管理员修改');
  }
  const problem = checkValue(p, input.value);
  if (problem) throw new AppError('VALIDATION_FAILED', problem, [{ field: 'value', message: problem }]);
  const after = await db.transaction().execute(async (trx) => {
    const res = await updateVersioned<ParamRow>(trx, {
      table: 'sys_param',
      key: 'key',
      id: p.key,
      version: input.version,
      set: { value: input.value },
      what: '参数',
      userId: auth.userId,
    });
    await writeAudit(trx, actor, {
      action: `${category === 'security' ? 'security-policy' : 'param'}.update`,
      objectType: 'sys_param',
      objectId: p.key,
      before: { value: res.before.value },
      after: { value: res.after.value },
    });
    return res.after;
  });
  await invalidateParams(db);
  return after;
}
