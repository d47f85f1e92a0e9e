import {
  ZAwardProgramme,
  ZAwardProgrammeInput,
  ZAwardProgrammeListQuery,
  ZIdParam,
  ZUpdateAwardProgrammeRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { awardScope } from './award.policy';
import { presentProgramme } from './award.presenter';
import { createProgramme } from './create-programme';
import { listProgrammes } from './programme.repository';
import { readProgramme } from './read-award-rows';
import { updateProgramme } from './update-programme';

const tags = ['奖励与赛事'];

/** Award programmes: list with filters and paging, detail, create, edit. */
export async function programmeRoutes(app: App): Promise<void> {
  app.get('/award/programmes', {
    config: { access: 'award:read' },
    schema: {
      tags,
      summary: '奖励评选列表（关键字、年度、级别、记录编号筛选，分页）',
      querystring: ZAwardProgrammeListQuery,
      response: { 200: zPage(ZAwardProgramme) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = awardScope(requireAuth(req.auth));
      const { rows, total } = await listProgrammes(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentProgramme), total, success: true as const };
    },
  });

  app.get('/award/programmes/:id', {
    config: { access: 'award:read' },
    schema: { tags, summary: '奖励评选详情', params: ZIdParam, response: { 200: ZAwardProgramme } },
    handler: async (req) => presentProgramme(await readProgramme(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.post('/award/programmes', {
    config: { access: 'award:write' },
    schema: { tags, summary: '登记奖励评选（留痕）', body: ZAwardProgrammeInput, response: { 200: ZAwardProgramme } },
    handler: async (req) => presentProgramme(await createProgramme(app.db, contextOf(req), req.body)),
  });

  app.put('/award/programmes/:id', {
    config: { access: 'award:write' },
    schema: {
      tags,
      summary: '修改奖励评选（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateAwardProgrammeRequest,
      response: { 200: ZAwardProgramme },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      return presentProgramme(await updateProgramme(app.db, contextOf(req), { id: req.params.id, version, patch }));
    },
  });
}
