import { z } from 'zod';
import {
  ZCoopPartner,
  ZCoopPartnerInput,
  ZCoopPartnerListQuery,
  ZIdParam,
  ZUpdateCoopPartnerRequest,
  zPage,
} from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { partnerScope } from './cooperation.policy';
import { presentPartner } from './cooperation.presenter';
import { createPartner, readPartner, updatePartner, viewPartnerPhone } from './partner-writes';
import { listPartners } from './partner.repository';

const tags = ['院地院企合作'];

/** 合作单位名录: list, detail, create, edit, and the audited read of a contact phone. */
export async function partnerRoutes(app: App): Promise<void> {
  app.get('/cooperation/partners', {
    config: { access: 'cooperation:read' },
    schema: {
      tags,
      summary: '合作单位名录（关键字、类别筛选，分页；联系电话脱敏）',
      querystring: ZCoopPartnerListQuery,
      response: { 200: zPage(ZCoopPartner) },
    },
    handler: async (req) => {
      const { current, pageSize, ...filter } = req.query;
      const scope = partnerScope(requireAuth(req.auth));
      const { rows, total } = await listPartners(app.db, scope, filter, { current, pageSize });
      return { data: rows.map(presentPartner), total, success: true as const };
    },
  });

  app.get('/cooperation/partners/:id', {
    config: { access: 'cooperation:read' },
    schema: { tags, summary: '合作单位详情', params: ZIdParam, response: { 200: ZCoopPartner } },
    handler: async (req) => presentPartner(await readPartner(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.get('/cooperation/partners/:id/contact-phone', {
    config: { access: 'cooperation:write' },
    schema: {
      tags,
      summary: '查看合作单位联系人完整电话（留痕）',
      params: ZIdParam,
      response: { 200: z.object({ contactPhone: z.string().nullable() }) },
    },
    handler: async (req) => viewPartnerPhone(app.db, contextOf(req), req.params.id),
  });

  app.post('/cooperation/partners', {
    config: { access: 'cooperation:write' },
    schema: { tags, summary: '新增合作单位（留痕）', body: ZCoopPartnerInput, response: { 200: ZCoopPartner } },
    handler: async (req) => presentPartner(await createPartner(app.db, contextOf(req), req.body)),
  });

  app.put('/cooperation/partners/:id', {
    config: { access: 'cooperation:write' },
    schema: {
      tags,
      summary: '修改合作单位（乐观锁，留痕）',
      params: ZIdParam,
      body: ZUpdateCoopPartnerRequest,
      response: { 200: ZCoopPartner },
    },
    handler: async (req) => {
      const { version, ...patch } = req.body;
      return presentPartner(await updatePartner(app.db, contextOf(req), { id: req.params.id, version, patch }));
    },
  });
}
