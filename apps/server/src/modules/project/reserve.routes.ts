import {
  ZApplication,
  ZIdParam,
  ZPromoteReserveRequest,
  ZReserve,
  ZReserveInput,
  ZReserveListQuery,
  ZUpdateReserveRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { applicationWithFiles } from './application.repository';
import { createReserve } from './create-reserve';
import { reserveScope } from './project.policy';
import { presentApplication } from './project.presenter';
import { promoteReserve } from './promote-reserve';
import { presentReserve } from './reserve.presenter';
import { findReserve, listReserve } from './reserve.repository';
import { updateReserve } from './update-reserve';

const tags = ['储备库'];

/** 储备库: ideas planned with enterprises before a call opens, promoted into draft applications when it does. */
export async function reserveRoutes(app: App): Promise<void> {
  /** The entry as it now stands, after a use case has checked the user's access and changed it. */
  const shown = async (id: number) => presentReserve((await findReserve(app.db, id))!);

  app.get('/reserve', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '储备项目列表（企业用户仅见本单位）',
      querystring: ZReserveListQuery,
      response: { 200: zPage(ZReserve) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = reserveScope(requireAuth(req.auth));
      const { rows, total } = await listReserve(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentReserve), total, success: true as const };
    },
  });

  app.post('/reserve', {
    config: { access: 'project:write' },
    schema: { tags, summary: '新增储备项目（与企业共同谋划）', body: ZReserveInput, response: { 200: ZReserve } },
    handler: async (req) => shown(await createReserve(app.db, contextOf(req), req.body)),
  });

  app.put('/reserve/:id', {
    config: { access: 'project:write' },
    schema: {
      tags,
      summary: '修改储备项目或标记放弃（乐观锁）',
      params: ZIdParam,
      body: ZUpdateReserveRequest,
      response: { 200: ZReserve },
    },
    handler: async (req) => {
      await updateReserve(app.db, contextOf(req), { id: req.params.id, ...req.body });
      return shown(req.params.id);
    },
  });

  app.post('/reserve/:id/promote', {
    config: { access: 'project:write' },
    schema: {
      tags,
      summary: '储备项目转申报：在受理中的批次下生成草稿申报书',
      params: ZIdParam,
      body: ZPromoteReserveRequest,
      response: { 200: ZApplication },
    },
    handler: async (req) => {
      const id = await promoteReserve(app.db, contextOf(req), { id: req.params.id, ...req.body });
      const { application, files } = (await applicationWithFiles(app.db, id))!;
      return presentApplication(application, files, requireAuth(req.auth));
    },
  });
}
