import {
  ZForeignExpert,
  ZForeignExpertInput,
  ZForeignExpertListQuery,
  ZForeignExpertPassport,
  ZIdParam,
  ZUpdateForeignExpertRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { listExperts } from './expert.repository';
import { foreignExpertScope } from './foreign-expert.policy';
import { presentExpert } from './foreign-expert.presenter';
import { readExpert, revealPassport } from './read-foreign-expert';
import { createExpert, updateExpert } from './save-expert';

const tags = ['外国专家'];

/** The expert profiles: list, detail, create, edit, and the audited passport reveal. */
export async function expertRoutes(app: App): Promise<void> {
  app.get('/foreign-expert/experts', {
    config: { access: 'foreign-expert:read' },
    schema: {
      tags,
      summary: '外国专家列表（关键字、国籍、引智基地、编号筛选，分页）',
      querystring: ZForeignExpertListQuery,
      response: { 200: zPage(ZForeignExpert) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = foreignExpertScope(requireAuth(req.auth));
      const { rows, total } = await listExperts(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentExpert), total, success: true as const };
    },
  });

  app.get('/foreign-expert/experts/:id', {
    config: { access: 'foreign-expert:read' },
    schema: { tags, summary: '外国专家详情', params: ZIdParam, response: { 200: ZForeignExpert } },
    handler: async (req) => presentExpert(await readExpert(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.get('/foreign-expert/experts/:id/passport', {
    config: { access: 'foreign-expert:reveal' },
    schema: {
      tags,
      summary: '查看外国专家完整护照号码（留痕）',
      params: ZIdParam,
      response: { 200: ZForeignExpertPassport },
    },
    handler: async (req) => revealPassport(app.db, contextOf(req), req.params.id),
  });

  app.post('/foreign-expert/experts', {
    config: { access: 'foreign-expert:write' },
    schema: { tags, summary: '新增外国专家（留痕）', body: ZForeignExpertInput, response: { 200: ZForeignExpert } },
    handler: async (req) => presentExpert(await createExpert(app.db, contextOf(req), req.body)),
  });

  app.put('/foreign-expert/experts/:id', {
    config: { access: 'foreign-expert:write' },
    schema: {
      tags,
      summary: '修改外国专家（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateForeignExpertRequest,
      response: { 200: ZForeignExpert },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      return presentExpert(await updateExpert(app.db, contextOf(req), { id: req.params.id, version, patch }));
    },
  });
}
