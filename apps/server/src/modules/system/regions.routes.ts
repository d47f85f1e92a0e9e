import { z } from 'zod';
import { ZCreateRegionRequest, ZIndustry, ZRegion, ZRegionQuery, ZUpdateRegionRequest } from '@kechuang/domain';
import { contextOf, type App } from '../../platform/http/types';
import { createRegion } from './create-region';
import { presentIndustry, presentRegion } from './region.presenter';
import { listIndustries, listRegions } from './region.repository';
import { updateRegion } from './update-region';

const tags = ['区划与行业'];

/** The region tree (GB/T 2260 + 统计用区划代码 for townships) and the industry tree (GB/T 4754-2017). */
export async function regionRoutes(app: App): Promise<void> {
  app.get('/regions', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '区划：某级的下级（不带 parent 为省级），或按名称/代码搜索',
      querystring: ZRegionQuery,
      response: { 200: z.array(ZRegion) },
    },
    handler: async (req) => (await listRegions(app.db, req.query)).map(presentRegion),
  });

  app.post('/regions', {
    config: { access: 'system:region:manage' },
    schema: { tags, summary: '新增区划（如新设乡镇）', body: ZCreateRegionRequest, response: { 200: ZRegion } },
    handler: async (req) =>
      presentRegion({ ...(await createRegion(app.db, contextOf(req), req.body)), has_children: false }),
  });

  app.put('/regions/:code', {
    config: { access: 'system:region:manage' },
    schema: {
      tags,
      summary: '修改区划名称或设置失效日期（代码不可改）',
      params: z.object({ code: z.string() }),
      body: ZUpdateRegionRequest,
      response: { 200: ZRegion },
    },
    handler: async (req) =>
      presentRegion(await updateRegion(app.db, contextOf(req), { code: req.params.code, ...req.body })),
  });

  app.get('/industries', {
    config: { access: 'signed-in' },
    schema: {
      tags,
      summary: '国民经济行业分类：某类的下级（不带 parent 为门类），或搜索',
      querystring: z.object({ parent: z.string().optional(), keyword: z.string().trim().optional() }),
      response: { 200: z.array(ZIndustry) },
    },
    handler: async (req) => (await listIndustries(app.db, req.query)).map(presentIndustry),
  });
}
