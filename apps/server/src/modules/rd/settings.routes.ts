import { z } from 'zod';
import {
  RD_CHECK_CODES,
  ZIndicatorInput,
  ZIndicatorValue,
  ZRdCheckRuleRow,
  ZRdCheckRuleUpdate,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { rdRegionScope, rdStaffScope } from './rd.policy';
import { presentCheckRule, presentIndicator } from './rd.presenter';
import { listCheckRules, listIndicators } from './rd-settings.repository';
import { saveIndicator } from './save-indicator';
import { updateCheckRule } from './update-check-rule';

const tags = ['研发经费·指标与核查规则'];

/** GDP (and other indicator values) per period with their source, and the cross-check rules in force. */
export async function rdSettingsRoutes(app: App): Promise<void> {
  app.get('/rd/indicators', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '指标值（地区生产总值等，含数据来源）',
      querystring: z.object({ code: z.string().max(30).optional(), period: z.string().max(7).optional() }),
      response: { 200: z.array(ZIndicatorValue) },
    },
    handler: async (req) =>
      (await listIndicators(app.db, rdStaffScope(requireAuth(req.auth)), req.query)).map(presentIndicator),
  });

  app.put('/rd/indicators', {
    config: { access: 'rd:task:manage' },
    schema: {
      tags,
      summary: '录入或修改某期指标值（如 GDP，单位元，须注明来源；已有值须带版本号）',
      body: ZIndicatorInput,
      response: { 200: ZIndicatorValue },
    },
    handler: async (req) => presentIndicator(await saveIndicator(app.db, contextOf(req), req.body)),
  });

  app.get('/rd/check-rules', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '研发经费核查规则（严重程度、开关、阈值）', response: { 200: z.array(ZRdCheckRuleRow) } },
    handler: async (req) => {
      return (await listCheckRules(app.db, rdRegionScope(requireAuth(req.auth)))).map(presentCheckRule);
    },
  });

  app.put('/rd/check-rules/:code', {
    config: { access: 'rd:task:manage' },
    schema: {
      tags,
      summary: '修改核查规则（结构性规则不可修改；乐观锁）',
      params: z.object({ code: z.enum(RD_CHECK_CODES) }),
      body: ZRdCheckRuleUpdate,
      response: { 200: ZRdCheckRuleRow },
    },
    handler: async (req) =>
      presentCheckRule(await updateCheckRule(app.db, contextOf(req), { code: req.params.code, ...req.body })),
  });
}
