import { z } from 'zod';
import { ZRedactionSettings, ZShortName, ZShortNameQuery, ZShortNameRow } from '@kechuang/domain';
import { contextOf, requireAuth, type App } from '../../platform/http/types';
import { readRedaction, saveRedaction } from './redaction';
import { listShortNames, saveShortName } from './short-names';

const tags = ['工作总结'];

/** The redaction list of the user's region, and the short names (简称) reports print. */
export async function reportSettingsRoutes(app: App): Promise<void> {
  app.get('/reports/redaction-terms', {
    config: { access: 'report:read' },
    schema: { tags, summary: '本区划脱敏词表与规则', response: { 200: ZRedactionSettings } },
    handler: async (req) => readRedaction(app.db, requireAuth(req.auth).regionCode),
  });

  app.put('/reports/redaction-terms', {
    config: { access: 'report:template' },
    schema: {
      tags,
      summary: '保存本区划脱敏词表与规则',
      body: ZRedactionSettings,
      response: { 200: ZRedactionSettings },
    },
    handler: async (req) => {
      await saveRedaction(app.db, contextOf(req), req.body);
      return readRedaction(app.db, requireAuth(req.auth).regionCode);
    },
  });

  app.get('/reports/short-names', {
    config: { access: 'report:read' },
    schema: {
      tags,
      summary: '单位简称（已维护的，及按规则推导的；names 以逗号分隔查询推导结果）',
      querystring: ZShortNameQuery,
      response: { 200: z.array(ZShortNameRow) },
    },
    handler: async (req) =>
      listShortNames(
        app.db,
        (req.query.names ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
  });

  app.put('/reports/short-names', {
    config: { access: 'report:template' },
    schema: {
      tags,
      summary: '设置单位简称（与规则推导相同时清除）',
      body: ZShortName,
      response: { 200: z.array(ZShortNameRow) },
    },
    handler: async (req) => {
      await saveShortName(app.db, contextOf(req), req.body);
      return listShortNames(app.db, [req.body.name]);
    },
  });
}
