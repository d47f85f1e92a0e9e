import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { RdCheckCode, ZRdCheckRuleUpdate } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { AppError, notFound, versionConflict } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { rdRegionScope } from './rd.policy';
import { findCheckRule, saveRegionCheckRule, type CheckRuleRow } from './rd-settings.repository';

/**
 * Changes a cross-check rule for the user's own region (optimistic locking): a county's change is the county's
 * alone, the first one copying the rule it inherited (docs/rules.md §5.6); structural rules are locked.
 */
export async function updateCheckRule(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  input: { code: RdCheckCode } & z.output<typeof ZRdCheckRuleUpdate>,
): Promise<CheckRuleRow> {
  const scope = rdRegionScope(auth);
  return db.transaction().execute(async (trx) => {
    const rule = await findCheckRule(trx, scope, input.code);
    if (!rule) throw notFound('核查规则');
    if (rule.locked) throw new AppError('CONFLICT', `“${rule.label}”是结构性校验，不能修改或关闭`);
    if (rule.version !== input.version) throw versionConflict('核查规则');
    const { severity, enabled } = input;
    const threshold =
      input.threshold === undefined || input.threshold === null ? input.threshold : String(input.threshold);
    const after = await saveRegionCheckRule(trx, scope, rule, { severity, enabled, threshold }, auth.userId);
    if (!after) throw versionConflict('核查规则');
    await writeAudit(trx, actor, {
      action: 'rd.check-rule.update',
      objectType: 'rd_check_rule',
      objectId: `${scope || '默认'}:${rule.code}`,
      regionCode: auth.regionCode,
      before: rule,
      after,
    });
    return after;
  });
}
