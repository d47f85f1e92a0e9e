import {
  ZCoopAgreement,
  ZCoopAgreementDetail,
  ZCoopAgreementInput,
  ZCoopAgreementListQuery,
  ZCoopTransitionRequest,
  ZIdParam,
  ZUpdateCoopAgreementRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { createAgreement, readAgreement, updateAgreement } from './agreement-writes';
import { listAgreements } from './agreement.repository';
import { cooperationScope } from './cooperation.policy';
import { agreementFiles } from './agreement-attachments';
import { presentAgreement, presentFile, presentHistory } from './cooperation.presenter';
import { historyOf } from './project.repository';
import { transitionAgreement } from './transition-agreement';

const tags = ['院地院企合作'];

/** 合作协议: list (an enterprise user its own), detail with history, create, edit, state moves. */
export async function agreementRoutes(app: App): Promise<void> {
  app.get('/cooperation/agreements', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '合作协议列表（关键字、类型、状态、年度、企业、合作单位、记录编号筛选，分页）',
      querystring: ZCoopAgreementListQuery,
      response: { 200: zPage(ZCoopAgreement) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = cooperationScope(requireAuth(req.auth));
      const { rows, total } = await listAgreements(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentAgreement), total, success: true as const };
    },
  });

  app.get('/cooperation/agreements/:id', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '合作协议详情（含状态记录与附件）',
      params: ZIdParam,
      response: { 200: ZCoopAgreementDetail },
    },
    handler: async (req) => {
      const row = await readAgreement(app.db, requireAuth(req.auth), req.params.id);
      const [history, files] = await Promise.all([
        historyOf(app.db, 'agreement', row.id),
        agreementFiles(app.db, row.id),
      ]);
      return { ...presentAgreement(row), history: history.map(presentHistory), files: files.map(presentFile) };
    },
  });

  app.post('/cooperation/agreements', {
    config: { access: 'cooperation:write' },
    schema: { tags, summary: '登记合作协议（留痕）', body: ZCoopAgreementInput, response: { 200: ZCoopAgreement } },
    handler: async (req) => presentAgreement(await createAgreement(app.db, contextOf(req), req.body)),
  });

  app.put('/cooperation/agreements/:id', {
    config: { access: 'cooperation:write' },
    schema: {
      tags,
      summary: '修改合作协议（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateCoopAgreementRequest,
      response: { 200: ZCoopAgreement },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      return presentAgreement(await updateAgreement(app.db, contextOf(req), { id: req.params.id, version, patch }));
    },
  });

  app.post('/cooperation/agreements/:id/transitions', {
    config: { access: 'cooperation:write' },
    schema: {
      tags,
      summary: '合作协议状态变更（签订 → 执行中 → 到期/终止；终止须填写原因）',
      params: ZIdParam,
      body: ZCoopTransitionRequest,
      response: { 200: ZCoopAgreement },
    },
    handler: async (req) =>
      presentAgreement(await transitionAgreement(app.db, contextOf(req), req.params.id, req.body)),
  });
}
