import { z } from 'zod';
import {
  ZContactPhone,
  ZEnterprise,
  ZEnterpriseInput,
  ZEnterpriseListQuery,
  ZIdParam,
  ZTimelineEvent,
  ZUpdateEnterpriseRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { createEnterprise } from './create-enterprise';
import { enterpriseScope } from './enterprise.policy';
import { presentEnterprise, presentTimelineEvent } from './enterprise.presenter';
import { listEnterprises } from './enterprise.repository';
import { readEnterprise } from './read-enterprise';
import { readTimeline } from './read-timeline';
import { updateEnterprise } from './update-enterprise';
import { viewContactPhone } from './view-contact-phone';

const tags = ['企业名录'];

/** The register: list with server-side filters, detail, create, edit, timeline. */
export async function enterpriseRoutes(app: App): Promise<void> {
  app.get('/enterprises', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '企业名录（区划、行业、梯度、阶段、标签、名称/拼音首字母筛选）',
      querystring: ZEnterpriseListQuery,
      response: { 200: zPage(ZEnterprise) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = enterpriseScope(requireAuth(req.auth));
      const { rows, total } = await listEnterprises(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentEnterprise), total, success: true as const };
    },
  });

  app.get('/enterprises/:id', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '企业详情', params: ZIdParam, response: { 200: ZEnterprise } },
    handler: async (req) => presentEnterprise(await readEnterprise(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.get('/enterprises/:id/contact-phone', {
    config: { access: 'enterprise:read' },
    schema: {
      tags,
      summary: '查看完整联系电话（留痕）',
      params: ZIdParam,
      response: { 200: ZContactPhone },
    },
    handler: async (req) => ({ contactPhone: await viewContactPhone(app.db, contextOf(req), req.params.id) }),
  });

  app.post('/enterprises', {
    config: { access: 'enterprise:write' },
    schema: {
      tags,
      summary: '新增企业（信用代码校验位不符时须填写例外原因）',
      body: ZEnterpriseInput,
      response: { 200: ZEnterprise },
    },
    handler: async (req) => presentEnterprise(await createEnterprise(app.db, contextOf(req), req.body)),
  });

  app.put('/enterprises/:id', {
    // Staff edit every field of the enterprises in their region; an enterprise user its own contacts and address.
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '修改企业信息（乐观锁；企业用户仅可修改本企业的联系人、联系电话、地址、法定代表人、经营范围）',
      params: ZIdParam,
      body: ZUpdateEnterpriseRequest,
      response: { 200: ZEnterprise },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      return presentEnterprise(await updateEnterprise(app.db, contextOf(req), { id: req.params.id, version, patch }));
    },
  });

  app.get('/enterprises/:id/timeline', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '企业时间线（各模块发生的事）',
      params: ZIdParam,
      response: { 200: z.array(ZTimelineEvent) },
    },
    handler: async (req) =>
      (await readTimeline(app.db, requireAuth(req.auth), req.params.id)).map(presentTimelineEvent),
  });
}
