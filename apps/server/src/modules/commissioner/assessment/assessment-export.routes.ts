import { ZIdParam } from '@kechuang/domain';
import { sendExport } from '../../../platform/excel-export/send-export';
import { readerFor } from '../../../platform/http/read-routing';
import { requireAuth, type App } from '../../../platform/http/types';
import { assertAssessStaff } from './assessment.policy';
import { presentAssessmentEntry } from './assessment.presenter';
import { readAssessment } from './read-assessment';

/** A year's results as Excel, stamped and audited by `sendExport` (staff of its county). */
export async function assessmentExportRoutes(app: App): Promise<void> {
  app.get('/commissioner/assessments/:id/export', {
    config: { access: 'commissioner:assess' },
    schema: { tags: ['科技特派员年度考核'], summary: '导出考核结果（留痕）', params: ZIdParam },
    handler: async (req, reply) => {
      const reader = await readerFor(app, req);
      const auth = requireAuth(req.auth);
      const { assessment, scheme, entries } = await readAssessment(reader, auth, req.params.id);
      assertAssessStaff(auth, assessment.region_code);
      const rows = entries.map((e) => {
        const p = presentAssessmentEntry(e, scheme);
        return {
          name: p.commissionerName,
          unit: e.unit_name,
          confirmedDays: p.confirmedDays,
          ...Object.fromEntries(scheme.items.map((i) => [`item_${i.key}`, p.scores[i.key] ?? null])),
          total: p.total,
          grade: p.gradeLabel ?? '',
          extendable: p.extendable ? '是' : '否',
        };
      });
      const title = `${assessment.year}年度科技特派员考核结果`;
      return sendExport(app, req, reply, {
        fileName: title,
        audit: { action: 'commissioner.assessment.export', details: { assessmentId: assessment.id } },
        sheet: {
          sheetName: '考核结果',
          title,
          columns: [
            { key: 'name', header: '姓名', kind: 'text', width: 14 },
            { key: 'unit', header: '派出单位', kind: 'text', width: 30 },
            { key: 'confirmedDays', header: '已确认服务天数', kind: 'decimal' },
            ...scheme.items.map((i) => ({
              key: `item_${i.key}`,
              header: `${i.label}（${i.maxPoints}分）`,
              kind: 'decimal' as const,
            })),
            { key: 'total', header: '总分', kind: 'decimal' },
            { key: 'grade', header: '等级', kind: 'text' },
            { key: 'extendable', header: '可延派', kind: 'text' },
          ],
          rows,
        },
      });
    },
  });
}
