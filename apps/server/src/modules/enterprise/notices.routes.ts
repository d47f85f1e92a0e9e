import { z } from 'zod';
import { ZCreateNoticeRequest, ZIdParam, ZNotice, ZPublicNotice } from '@kechuang/domain';
import { notFound } from '../../platform/errors';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { createNotice } from './create-notice';
import { noticeScope } from './enterprise.policy';
import { presentCheckedNotice, presentNotice } from './notice.presenter';
import { findPublishedNotice, listNotices, listPublishedNotices } from './notice.repository';
import { publishNotice } from './publish-notice';

/** 公示: a notice lists qualifications without personal data; its end date counts working days from the holiday table. */
export async function noticeRoutes(app: App): Promise<void> {
  app.get('/notices', {
    config: { access: 'notice:manage' },
    schema: { tags: ['公示管理'], summary: '公示列表', response: { 200: z.array(ZNotice) } },
    handler: async (req) => (await listNotices(app.db, noticeScope(requireAuth(req.auth)))).map(presentCheckedNotice),
  });

  app.post('/notices', {
    config: { access: 'notice:manage' },
    schema: {
      tags: ['公示管理'],
      summary: '新建公示（草稿），公示期按工作日计算',
      body: ZCreateNoticeRequest,
      response: { 200: ZNotice },
    },
    handler: async (req) => presentCheckedNotice(await createNotice(app.db, contextOf(req), req.body)),
  });

  app.post('/notices/:id/publish', {
    config: { access: 'notice:manage' },
    schema: {
      tags: ['公示管理'],
      summary: '发布公示（公开页面可见）',
      params: ZIdParam,
      body: z.object({ version: z.number().int() }),
      response: { 200: ZNotice },
    },
    handler: async (req) =>
      presentCheckedNotice(
        await publishNotice(app.db, contextOf(req), { id: req.params.id, version: req.body.version }),
      ),
  });

  // Public, no sign-in: published notices only, and never personal data (items hold names and codes of units).
  app.get('/public/notices', {
    config: { access: 'public' },
    schema: {
      tags: ['公示（公开）'],
      summary: '已发布的公示',
      response: { 200: z.array(ZPublicNotice) },
    },
    handler: async () => (await listPublishedNotices(app.db)).map((n) => presentNotice(n)),
  });
  app.get('/public/notices/:id', {
    config: { access: 'public' },
    schema: {
      tags: ['公示（公开）'],
      summary: '一条已发布的公示',
      params: ZIdParam,
      response: { 200: ZPublicNotice },
    },
    handler: async (req) => {
      const n = await findPublishedNotice(app.db, req.params.id);
      if (!n) throw notFound('公示');
      return presentNotice(n);
    },
  });
}
