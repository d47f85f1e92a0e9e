import { z } from 'zod';
import {
  TIERS,
  STAGES,
  ZCreateQualificationRequest,
  ZIdParam,
  ZMoveStageRequest,
  ZPageQuery,
  ZQualification,
  zFactIds,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { createQualification } from './create-qualification';
import { enterpriseScope } from './enterprise.policy';
import { moveQualificationStage } from './move-qualification-stage';
import { presentQualification } from './qualification.presenter';
import { countQualificationsByStage, listQualifications } from './qualification.repository';

const tags = ['资质管理'];

const ZQualificationQuery = ZPageQuery.extend({
  tier: z.enum(TIERS).optional(),
  stage: z.enum(STAGES).optional(),
  year: z.coerce.number().int().optional(),
  enterpriseId: z.coerce.number().int().optional(),
  keyword: z.string().trim().max(50).optional(),
  // A dashboard figure's records (?ids=1,2,3): the list shows exactly them.
  ids: zFactIds.optional(),
});

/** Qualification records: each tier application has its own life (培育 → … → 认定/到期/撤销). */
export async function qualificationRoutes(app: App): Promise<void> {
  app.get('/qualifications', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '资质记录', querystring: ZQualificationQuery, response: { 200: zPage(ZQualification) } },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = enterpriseScope(requireAuth(req.auth));
      const { data, total } = await listQualifications(app.db, scope, filter, { current, pageSize });
      return { data: data.map(presentQualification), total, success: true as const };
    },
  });

  app.post('/qualifications', {
    config: { access: 'qualification:write' },
    schema: {
      tags,
      summary: '新建资质记录（纳入培育或登记申报）',
      body: ZCreateQualificationRequest,
      response: { 200: ZQualification },
    },
    handler: async (req) => presentQualification(await createQualification(app.db, contextOf(req), req.body)),
  });

  app.post('/qualifications/:id/stage', {
    config: { access: 'qualification:write' },
    schema: {
      tags,
      summary: '推进资质阶段（非法跳转被拒绝；认定时计算有效期）',
      params: ZIdParam,
      body: ZMoveStageRequest,
      response: { 200: ZQualification },
    },
    handler: async (req) =>
      presentQualification(await moveQualificationStage(app.db, contextOf(req), { ...req.body, id: req.params.id })),
  });

  app.get('/qualifications/summary', {
    config: { access: 'enterprise:read' },
    schema: {
      tags,
      summary: '按梯度、阶段统计（某期间内进入该阶段的记录数）',
      querystring: z.object({ from: z.string().optional(), to: z.string().optional() }),
      response: { 200: z.array(z.object({ tier: z.string(), stage: z.string(), count: z.number().int() })) },
    },
    handler: async (req) => countQualificationsByStage(app.db, enterpriseScope(requireAuth(req.auth)), req.query),
  });
}
