import { z } from 'zod';
import {
  ZEnterprise,
  ZEnterpriseInput,
  ZEnterpriseListQuery,
  ZIdParam,
  ZTimelineEvent,
  ZUpdateEnterpriseRequest,
  zPage,
} from '@kechuang/domain';
import { writeAuditAlone } from '../../platform/audit/audit.writer';
import { AppError, notFound } from '../../platform/errors';
import { actorOf, requireAuth, type App } from '../../platform/http/types';
import { assertCanRead, assertCanWrite, enterpriseScope } from './enterprise.policy';
import { presentEnterprise } from './enterprise.presenter';
import { findEnterprise, listEnterprises } from './enterprise.repository';
import {
  assertEnterpriseReferences,
  assertTownshipInCounty,
  createEnterprise,
  updateEnterprise,
} from './save-enterprise';

const tags = ['企业名录'];

/** The register: list with server-side filters, detail, create, edit, timeline. */
export async function enterpriseRoutes(app: App): Promise<void> {
  const readable = async (auth: ReturnType<typeof requireAuth>, id: number) => {
    const row = await findEnterprise(app.db, id);
    if (!row) throw notFound('企业');
    assertCanRead(enterpriseScope(auth), row);
    return row;
  };

  app.get('/enterprises', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '企业名录（区划、行业、梯度、阶段、标签、名称/拼音首字母筛选）',
      querystring: ZEnterpriseListQuery,
      response: { 200: zPage(ZEnterprise) },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const { current, pageSize, ...filter } = req.query;
      const { rows, total } = await listEnterprises(app.db, enterpriseScope(auth), filter, { current, pageSize });
      return { data: rows.map(presentEnterprise), total, success: true as const };
    },
  });

  app.get('/enterprises/:id', {
    config: { access: 'signed-in' },
    schema: { tags, summary: '企业详情', params: ZIdParam, response: { 200: ZEnterprise } },
    handler: async (req) => presentEnterprise(await readable(requireAuth(req.auth), req.params.id)),
  });

  app.get('/enterprises/:id/contact-phone', {
    config: { access: 'enterprise:read' },
    schema: {
      tags,
      summary: '查看完整联系电话（留痕）',
      params: ZIdParam,
      response: { 200: z.object({ contactPhone: z.string().nullable() }) },
    },
    handler: async (req) => {
      const row = await readable(requireAuth(req.auth), req.params.id);
      await writeAuditAlone(app.db, actorOf(req), {
        action: 'enterprise.view-phone',
        objectType: 'enterprise',
        objectId: row.id,
        regionCode: row.region_code,
      });
      return { contactPhone: row.contact_phone };
    },
  });

  app.post('/enterprises', {
    config: { access: 'enterprise:write' },
    schema: {
      tags,
      summary: '新增企业（信用代码校验位不符时须填写例外原因）',
      body: ZEnterpriseInput,
      response: { 200: ZEnterprise },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      assertCanWrite(auth, req.body.regionCode);
      await assertEnterpriseReferences(app.db, req.body);
      const id = await app.db.transaction().execute((trx) => createEnterprise(trx, actorOf(req), req.body));
      return presentEnterprise((await findEnterprise(app.db, id))!);
    },
  });

  app.put('/enterprises/:id', {
    config: { access: 'enterprise:write' },
    schema: {
      tags,
      summary: '修改企业信息（乐观锁）',
      params: ZIdParam,
      body: ZUpdateEnterpriseRequest,
      response: { 200: ZEnterprise },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const { version, ...patch } = req.body;
      // Codes given are checked and normalised (C2730 → 2730) before they are written; none given, nothing is read.
      const references = await assertEnterpriseReferences(app.db, patch);
      try {
        // Access is checked on the locked row inside the transaction: no read before it (F9).
        const row = await app.db.transaction().execute((trx) =>
          updateEnterprise(trx, actorOf(req), { id: req.params.id, version, patch }, (before) => {
            assertCanRead(enterpriseScope(auth), before);
            assertCanWrite(auth, patch.regionCode ?? before.region_code);
            // A new township alone must lie in the county the enterprise is in.
            if (!patch.regionCode) assertTownshipInCounty(references, before.region_code);
          }),
        );
        return presentEnterprise(row);
      } catch (e) {
        // A stale version of a row the user may not see is a 404/403 like any other access, not a 409.
        if (e instanceof AppError && e.code === 'VERSION_CONFLICT') await readable(auth, req.params.id);
        throw e;
      }
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
    handler: async (req) => {
      await readable(requireAuth(req.auth), req.params.id);
      const rows = await app.db
        .selectFrom('enterprise_event')
        .selectAll()
        .where('enterprise_id', '=', req.params.id)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(500)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        module: r.module,
        kind: r.kind,
        title: r.title,
        detail: r.detail,
        actorName: r.actor_name,
      }));
    },
  });
}
