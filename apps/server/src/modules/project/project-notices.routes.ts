import { z } from 'zod';
import { ZIdParam, ZProjectNoticeDraft, zDate } from '@kechuang/domain';
import { contextOf, type App } from '../../platform/http/types';
import { createProjectNotice } from './create-project-notice';

const ZProjectNoticeRequest = z.object({
  title: z.string().trim().min(4, '标题至少 4 个字').max(200).optional(),
  basis: z.string().trim().min(10, '请写明公示依据与程序').max(4000),
  startDate: zDate('公示开始日期'),
  workingDays: z.number().int().min(1).max(30).optional(),
  states: z
    .array(z.enum(['recommended', 'approved']))
    .min(1)
    .default(['recommended']),
  contact: z.string().trim().max(100).nullable().optional(),
  supervisionPhone: z.string().trim().max(30).nullable().optional(),
});

/** 公示 of a call's recommended or approved list: a draft the 公示管理 page publishes (POST /notices/:id/publish). */
export async function projectNoticeRoutes(app: App): Promise<void> {
  app.post('/calls/:id/notice', {
    config: { access: 'notice:manage' },
    schema: {
      tags: ['公示管理'],
      summary: '生成项目公示草稿（本批次推荐上报或立项名单；公示期按工作日计算；在公示管理中发布）',
      params: ZIdParam,
      body: ZProjectNoticeRequest,
      response: { 200: ZProjectNoticeDraft },
    },
    handler: async (req) => createProjectNotice(app.db, contextOf(req), { callId: req.params.id, ...req.body }),
  });
}
