import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { RdCheckCode, ZRdCheckRuleUpdate } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError, notFound } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { findCheckRule, type CheckRuleRow } from './rd-settings.repository';

/** Changes a cross-check rule's severity, switch or threshold (optimistic locking); structural rules are locked. */
export async function updateCheckRule(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { code: RdCheckCode } & z.output<typeof ZRdCheckRuleUpdate>,
): Promise<CheckRuleRow> {
  const rule = await findCheckRule(db, input.code);
  if (!rule) throw notFound('核查规则');
  if (rule.locked) throw new AppError('CONFLICT', `“${rule.label}”是结构性校验，不能修改或关闭`);
  const { version, severity, enabled, threshold } = input;
  return db.transaction().execute(async (trx) => {
    const res = await updateVersioned<CheckRuleRow>(trx, {
      table: 'rd_check_rule',
      key: 'code',
      id: rule.code,
      version,
      set: { severity, enabled, threshold },
      what: '核查规则',
      userId: auth.userId,
    });
    await writeAudit(trx, actor, {
      action: 'rd.check-rule.update',
      objectType: 'rd_check_rule',
      objectId: rule.code,
      before: res.before,
      after: res.after,
    });
    return res.after;
  });
}
