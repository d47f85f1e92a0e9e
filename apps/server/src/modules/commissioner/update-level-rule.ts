import type { Kysely } from 'kysely';
import { COMMISSIONER_UNIT_KIND_DICT, type TUpdateLevelRuleRequest } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { levelRule, type LevelRuleRow } from './level-rules';

/**
 * Changes a level's eligibility and duty values (docs/rules.md §5.1; the city and county rows are the bureau's
 * settings, §7): versioned, every excluded kind a 派出单位类型 of the dictionary, audited with before and after.
 */
export async function updateLevelRule(
  db: Kysely<DB>,
  { actor }: UseCaseContext,
  level: string,
  req: TUpdateLevelRuleRequest,
): Promise<LevelRuleRow> {
  const kinds = new Set(
    (
      await db.selectFrom('dict_item').select('value').where('type_code', '=', COMMISSIONER_UNIT_KIND_DICT).execute()
    ).map((k) => k.value),
  );
  const unknown = req.excludedUnitKinds.filter((k) => !kinds.has(k));
  if (unknown.length) {
    const message = `排除的派出单位类型：“${unknown.join('、')}”不是有效选项`;
    throw new AppError('VALIDATION_FAILED', message, [{ field: 'excludedUnitKinds', message }]);
  }
  await db.transaction().execute(async (trx) => {
    const { before, after } = await updateVersioned<LevelRuleRow>(trx, {
      table: 'commissioner_level_rule',
      key: 'level',
      id: level,
      version: req.version,
      set: {
        max_age: req.maxAge,
        min_title_level: req.minTitleLevel,
        excluded_unit_kinds: [...new Set(req.excludedUnitKinds)],
        min_service_days: req.minServiceDays,
        term_years: req.termYears,
        source: req.source,
      },
      what: '科技特派员选派条件',
      userId: actor.id,
    });
    await writeAudit(trx, actor, {
      action: 'commissioner.level-rule.update',
      objectType: 'commissioner_level_rule',
      objectId: level,
      before,
      after,
      details: { level },
    });
  });
  return levelRule(db, level);
}
