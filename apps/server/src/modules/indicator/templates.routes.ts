import { z } from 'zod';
import {
  ZIdParam,
  ZIndicatorTemplate,
  ZIndicatorTemplateEdit,
  ZIndicatorTemplateInput,
  type IndicatorTemplate,
} from '@kechuang/domain';
import { notFound } from '../../platform/errors';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { definitionsOf, findTemplate, listTemplates, type TemplateWithDefinitions } from './indicator.repository';
import { templateVisible } from './reading-scope';
import { copyTemplate, editTemplate } from './save-template';

const tags = ['指标与目标'];

function presentTemplate(t: TemplateWithDefinitions): IndicatorTemplate {
  return {
    id: t.id,
    familyId: t.family_id ?? t.id,
    name: t.name,
    description: t.description,
    version: t.revision,
    current: t.current,
    builtIn: t.built_in,
    createdAt: t.created_at.toISOString(),
    definitions: t.definitions,
  };
}

/** Templates: the current ones the user sees, one version, a copy into the user's region, an edit (new version). */
export async function indicatorTemplateRoutes(app: App): Promise<void> {
  app.get('/indicators/templates', {
    config: { access: 'dashboard:view' },
    schema: { tags, summary: '指标模板（当前版本）', response: { 200: z.array(ZIndicatorTemplate) } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const rows = await listTemplates(app.db, (code) => templateVisible(auth, code));
      return Promise.all(
        rows.map(async (r) => presentTemplate({ ...r, definitions: await definitionsOf(app.db, r.id) })),
      );
    },
  });

  app.get('/indicators/templates/:id', {
    config: { access: 'dashboard:view' },
    schema: { tags, summary: '指标模板的一个版本及其指标', params: ZIdParam, response: { 200: ZIndicatorTemplate } },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const t = await findTemplate(app.db, req.params.id);
      if (!t || !(t.built_in || templateVisible(auth, t.region_code))) throw notFound('指标模板');
      return presentTemplate(t);
    },
  });

  app.post('/indicators/templates/:id/copy', {
    config: { access: 'indicator:template:write' },
    schema: {
      tags,
      summary: '复制指标模板为本区划的新模板（可同时修改内容，留痕）',
      params: ZIdParam,
      body: ZIndicatorTemplateInput,
      response: { 200: ZIndicatorTemplate },
    },
    handler: async (req) => presentTemplate(await copyTemplate(app.db, contextOf(req), req.params.id, req.body)),
  });

  app.put('/indicators/templates/:id', {
    config: { access: 'indicator:template:write' },
    schema: {
      tags,
      summary: '修改本区划的指标模板：保存为新版本，旧版本保留（留痕）',
      params: ZIdParam,
      body: ZIndicatorTemplateEdit,
      response: { 200: ZIndicatorTemplate },
    },
    handler: async (req) => presentTemplate(await editTemplate(app.db, contextOf(req), req.params.id, req.body)),
  });
}
