import { z } from 'zod';
import { ZIdParam, ZReportTemplate, ZReportTemplateSummary, ZSaveReportTemplate } from '@kechuang/domain';
import { contextOf, type App } from '../../platform/http/types';
import { copyTemplate, saveTemplate } from './template-actions';
import { listTemplates, readTemplate } from './template.repository';

const tags = ['工作总结'];

/** Templates: list, read, save as a new version (an unknown fact placeholder is refused, naming it), copy. */
export async function templateRoutes(app: App): Promise<void> {
  app.get('/reports/templates', {
    config: { access: 'report:read' },
    schema: { tags, summary: '工作总结模板列表', response: { 200: z.array(ZReportTemplateSummary) } },
    handler: async () =>
      (await listTemplates(app.db)).map((r) => ({
        id: r.id,
        name: r.name,
        version: r.version,
        updatedAt: r.updated_at.toISOString(),
      })),
  });

  app.get('/reports/templates/:id', {
    config: { access: 'report:read' },
    schema: { tags, summary: '工作总结模板', params: ZIdParam, response: { 200: ZReportTemplate } },
    handler: async (req) => readTemplate(app.db, req.params.id),
  });

  app.put('/reports/templates/:id', {
    config: { access: 'report:template' },
    schema: {
      tags,
      summary: '保存模板（存为新版本）',
      params: ZIdParam,
      body: ZSaveReportTemplate,
      response: { 200: ZReportTemplate },
    },
    handler: async (req) => saveTemplate(app.db, contextOf(req), { id: req.params.id, ...req.body }),
  });

  app.post('/reports/templates/:id/copy', {
    config: { access: 'report:template' },
    schema: { tags, summary: '复制模板', params: ZIdParam, response: { 200: ZReportTemplate } },
    handler: async (req) => copyTemplate(app.db, contextOf(req), req.params.id),
  });
}
