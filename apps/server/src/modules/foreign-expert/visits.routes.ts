import {
  ZForeignExpertVisit,
  ZForeignExpertVisitInput,
  ZForeignExpertVisitListQuery,
  ZIdParam,
  ZTalentBase,
  ZUpdateForeignExpertVisitRequest,
  zPage,
} from '@kechuang/domain';
import { z } from 'zod';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { foreignExpertScope } from './foreign-expert.policy';
import { presentTalentBase, presentVisit } from './foreign-expert.presenter';
import { readVisit } from './read-foreign-expert';
import { createVisit, updateVisit } from './save-visit';
import { listTalentBases } from './list-talent-bases';
import { listVisits } from './visit.repository';

const tags = ['外国专家'];

/** Visits and guidance (list, detail, create, edit) and the region's 引智基地 with their experts and visits. */
export async function visitRoutes(app: App): Promise<void> {
  app.get('/foreign-expert/visits', {
    config: { access: 'foreign-expert:read' },
    schema: {
      tags,
      summary: '外国专家来访指导列表（年度、专家、企业、引智基地、编号筛选，分页）',
      querystring: ZForeignExpertVisitListQuery,
      response: { 200: zPage(ZForeignExpertVisit) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = foreignExpertScope(requireAuth(req.auth));
      const { rows, total } = await listVisits(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentVisit), total, success: true as const };
    },
  });

  app.get('/foreign-expert/visits/:id', {
    config: { access: 'foreign-expert:read' },
    schema: { tags, summary: '来访指导详情', params: ZIdParam, response: { 200: ZForeignExpertVisit } },
    handler: async (req) => presentVisit(await readVisit(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.post('/foreign-expert/visits', {
    config: { access: 'foreign-expert:write' },
    schema: {
      tags,
      summary: '登记外国专家来访指导（留痕，写入企业时间线）',
      body: ZForeignExpertVisitInput,
      response: { 200: ZForeignExpertVisit },
    },
    handler: async (req) => presentVisit(await createVisit(app.db, contextOf(req), req.body)),
  });

  app.put('/foreign-expert/visits/:id', {
    config: { access: 'foreign-expert:write' },
    schema: {
      tags,
      summary: '修改来访指导（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateForeignExpertVisitRequest,
      response: { 200: ZForeignExpertVisit },
    },
    handler: async (req) => {
      const { version, ...input } = req.body;
      return presentVisit(await updateVisit(app.db, contextOf(req), { id: req.params.id, version, input }));
    },
  });

  app.get('/foreign-expert/talent-bases', {
    config: { access: 'foreign-expert:read' },
    schema: {
      tags,
      summary: '本辖区引智基地及其专家、来访指导',
      response: { 200: z.object({ data: z.array(ZTalentBase) }) },
    },
    handler: async (req) => ({
      data: (await listTalentBases(app.db, requireAuth(req.auth))).map(presentTalentBase),
    }),
  });
}
