import {
  COMMISSIONER_LEVEL_LABELS,
  COMMISSIONER_STATE_LABELS,
  ZCommissionerListQuery,
  type CommissionerLevel,
  type CommissionerState,
} from '@kechuang/domain';
import { sendExport } from '../../platform/excel-export/send-export';
import { readerFor } from '../../platform/http/read-routing';
import { requireAuth, type App } from '../../platform/http/types';
import { commissionerScope } from './commissioner.policy';
import { presentCommissioner } from './commissioner.presenter';
import { listAllCommissioners } from './commissioner.repository';
import { ROSTER_PATH } from './roster.routes';

const EXPORT_CAP = 50_000;

/**
 * The roster's export: the filtered list as the table shows it, the ID number and phone masked (docs/rules.md
 * §6.4), stamped with a notice and audited by `sendExport`.
 */
export async function commissionerExportRoutes(app: App): Promise<void> {
  app.get(`${ROSTER_PATH}/export`, {
    config: { access: 'commissioner:read' },
    schema: {
      tags: ['科技特派员'],
      summary: '导出当前筛选的科技特派员（身份证号、电话脱敏，留痕）',
      querystring: ZCommissionerListQuery.omit({ current: true, pageSize: true }),
    },
    handler: async (req, reply) => {
      const reader = await readerFor(app, req);
      const scope = commissionerScope(requireAuth(req.auth));
      const rows = (await listAllCommissioners(reader, scope, req.query, EXPORT_CAP)).map((r) => {
        const c = presentCommissioner(r);
        return {
          ...c,
          levelLabel: COMMISSIONER_LEVEL_LABELS[c.level as CommissionerLevel] ?? c.level,
          statusLabel: COMMISSIONER_STATE_LABELS[c.status as CommissionerState] ?? c.status,
        };
      });
      return sendExport(app, req, reply, {
        fileName: '科技特派员名册',
        notice: '本表含个人信息（身份证号、电话已脱敏），仅限工作使用，不得外传。',
        audit: { action: 'commissioner.export', details: { filter: req.query } },
        sheet: {
          sheetName: '科技特派员',
          title: '科技特派员名册',
          columns: [
            { key: 'name', header: '姓名', kind: 'text', width: 12 },
            { key: 'gender', header: '性别', kind: 'text', width: 6 },
            { key: 'idNumberMasked', header: '身份证号', kind: 'text', width: 22 },
            { key: 'phoneMasked', header: '联系电话', kind: 'text', width: 14 },
            { key: 'title', header: '职称', kind: 'text', width: 16 },
            { key: 'titleLevel', header: '职称级别', kind: 'text', width: 8 },
            { key: 'field', header: '服务领域', kind: 'text', width: 12 },
            { key: 'unitName', header: '派出单位', kind: 'text', width: 28 },
            { key: 'unitKind', header: '单位类型', kind: 'text', width: 12 },
            { key: 'levelLabel', header: '级别', kind: 'text', width: 8 },
            { key: 'batch', header: '批次', kind: 'text', width: 10 },
            { key: 'termStart', header: '任期开始', kind: 'date' },
            { key: 'termEnd', header: '任期结束', kind: 'date' },
            { key: 'teamName', header: '科技特派团', kind: 'text', width: 20 },
            { key: 'statusLabel', header: '状态', kind: 'text', width: 10 },
            { key: 'appointedOn', header: '聘任日期', kind: 'date' },
            { key: 'regionName', header: '所属县区', kind: 'text' },
          ],
          rows,
        },
      });
    },
  });
}
