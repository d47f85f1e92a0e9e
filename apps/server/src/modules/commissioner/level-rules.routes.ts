import { z } from 'zod';
import { ZCommissionerLevelRule, ZLevelParam, ZUpdateLevelRuleRequest } from '@kechuang/domain';
import { contextOf, type App } from '../../platform/http/types';
import { levelRules, type LevelRuleRow } from './level-rules';
import { updateLevelRule } from './update-level-rule';

const present = (r: LevelRuleRow) => ({
  level: r.level,
  maxAge: r.max_age,
  minTitleLevel: r.min_title_level,
  excludedUnitKinds: r.excluded_unit_kinds,
  minServiceDays: r.min_service_days,
  termYears: r.term_years,
  source: r.source,
  updatedAt: r.updated_at.toISOString(),
  version: r.version,
});

/** The level rules (docs/rules.md §5.1): everyone who reads the roster sees them; staff change them. */
export async function levelRuleRoutes(app: App): Promise<void> {
  app.get('/commissioner/level-rules', {
    config: { access: 'signed-in' },
    schema: {
      tags: ['科技特派员'],
      summary: '科技特派员选派条件（按级别）',
      response: { 200: z.array(ZCommissionerLevelRule) },
    },
    handler: async () => (await levelRules(app.db)).map(present),
  });

  app.put('/commissioner/level-rules/:level', {
    config: { access: 'commissioner:write' },
    schema: {
      tags: ['科技特派员'],
      summary: '修改科技特派员选派条件（乐观锁，留痕）',
      params: ZLevelParam,
      body: ZUpdateLevelRuleRequest,
      response: { 200: ZCommissionerLevelRule },
    },
    handler: async (req) => present(await updateLevelRule(app.db, contextOf(req), req.params.level, req.body)),
  });
}
