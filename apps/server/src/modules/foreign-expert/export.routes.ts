import { ZForeignExpertListQuery } from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { readerFor } from '../../platform/http/read-routing';
import { requireAuth, type App } from '../../platform/http/types';
import { listAllExperts } from './expert.repository';
import { foreignExpertScope } from './foreign-expert.policy';
import { presentExpert } from './foreign-expert.presenter';

const EXPORT_CAP = 50_000;

/** The experts' export: the filtered list as the table shows it (passport and phone masked), stamped and audited. */
export async function foreignExpertExportRoutes(app: App): Promise<void> {
  app.get('/foreign-expert/experts/export', {
    config: { access: 'foreign-expert:read' },
    schema: {
      tags: ['外国专家'],
      summary: '导出当前筛选的外国专家（证件号码脱敏，留痕）',
      querystring: ZForeignExpertListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const reader = await readerFor(app, req);
      const scope = foreignExpertScope(requireAuth(req.auth));
      const rows = (await listAllExperts(reader, scope, req.query, EXPORT_CAP)).map(presentExpert);
      return sendExport(app, req, reply, {
        fileName: '外国专家',
        notice: '本表含外国专家个人信息（护照号码、电话已脱敏），仅限工作使用，不得外传。',
        audit: { action: 'foreign-expert.expert.export', details: { filter: req.query } },
        sheet: {
          sheetName: '外国专家',
          title: '外国专家',
          columns: [
            { key: 'name', header: '姓名', kind: 'text', width: 24 },
            { key: 'nameZh', header: '中文名', kind: 'text' },
            { key: 'countryLabel', header: '国籍', kind: 'text' },
            { key: 'field', header: '专业领域', kind: 'text', width: 24 },
            { key: 'employer', header: '工作单位', kind: 'text', width: 30 },
            { key: 'passportMasked', header: '护照号码（脱敏）', kind: 'text', width: 18 },
            { key: 'phoneMasked', header: '联系电话（脱敏）', kind: 'text', width: 16 },
            { key: 'workPermitNo', header: '工作许可证号', kind: 'text', width: 20 },
            { key: 'talentBaseName', header: '引智基地', kind: 'text', width: 30 },
            { key: 'visitCount', header: '来访指导次数', kind: 'integer' },
            { key: 'regionName', header: '所属县区', kind: 'text' },
          ],
          rows,
        },
      });
    },
  });
}
