import { ZTechPlatformListQuery } from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { readerFor } from '../../platform/http/read-routing';
import { requireAuth, type App } from '../../platform/http/types';
import { techPlatformColumns } from './import/tech-platform-import.columns';
import { listPlatformsForExport } from './list-tech-platforms';

const EXPORT_CAP = 50_000;

/**
 * The register's export: the filtered list as the table shows it, in the import sheet's columns (so it reads back
 * in) plus member units, stamped and audited by `sendExport`.
 */
export async function techPlatformExportRoutes(app: App): Promise<void> {
  app.get('/tech-platform/platforms/export', {
    config: { access: 'signed-in' },
    schema: {
      tags: ['创新平台'],
      summary: '导出当前筛选的创新平台（留痕）',
      querystring: ZTechPlatformListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const reader = await readerFor(app, req);
      const platforms = await listPlatformsForExport(reader, requireAuth(req.auth), req.query, EXPORT_CAP);
      const rows = platforms.map((p) => ({
        ...p,
        operator: p.operatorName,
        members: p.members.map((m) => m.name).join('、'),
      }));
      const columns = (await techPlatformColumns(reader)).map(({ key, header, kind, width, options }) => ({
        key,
        header,
        kind,
        width,
        options,
      }));
      return sendExport(app, req, reply, {
        fileName: '创新平台',
        audit: { action: 'tech-platform.export', details: { filter: req.query } },
        sheet: {
          sheetName: '创新平台',
          title: '创新平台',
          columns: [...columns, { key: 'members', header: '成员单位', kind: 'text', width: 40 }],
          rows,
        },
      });
    },
  });
}
