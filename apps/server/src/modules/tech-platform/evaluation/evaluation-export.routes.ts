import { ZIdParam } from '@kechuang/domain';
import { sendExport } from '../../../platform/excel-export/send-export';
import { readerFor } from '../../../platform/http/read-routing';
import { requireAuth, type App } from '../../../platform/http/types';
import { assertCanExportRound } from './evaluation.policy';
import { presentEvalEntry } from './evaluation.presenter';
import { readEvalRound } from './read-eval-round';

/** A round's results as Excel, stamped and audited by `sendExport` (staff and leaders of its county). */
export async function evaluationExportRoutes(app: App): Promise<void> {
  app.get('/tech-platform/evaluation/rounds/:id/export', {
    config: { access: 'tech-platform:read' },
    schema: { tags: ['创新平台综合评价'], summary: '导出评价结果（留痕）', params: ZIdParam },
    handler: async (req, reply) => {
      const reader = await readerFor(app, req);
      const auth = requireAuth(req.auth);
      assertCanExportRound(auth);
      const { round, entries, tasks } = await readEvalRound(reader, auth, req.params.id);
      const rows = entries.map((e) => {
        const p = presentEvalEntry(e, tasks);
        return {
          ...p,
          experts: p.experts.filter((t) => t.status === 'submitted').length,
          revocation: p.revocationReason ?? '',
        };
      });
      return sendExport(app, req, reply, {
        fileName: round.title,
        audit: { action: 'tech-platform.evaluation.export', details: { roundId: round.id } },
        sheet: {
          sheetName: '评价结果',
          title: `${round.title}结果`,
          columns: [
            { key: 'platformName', header: '平台名称', kind: 'text', width: 32 },
            { key: 'enterpriseName', header: '运营单位', kind: 'text', width: 32 },
            { key: 'schemeName', header: '指标体系', kind: 'text', width: 30 },
            { key: 'quantitativeScore', header: '定量得分', kind: 'decimal' },
            { key: 'qualitativeScore', header: '专家定性得分', kind: 'decimal' },
            { key: 'experts', header: '专家人数', kind: 'integer' },
            { key: 'managementScore', header: '地方管理得分', kind: 'decimal' },
            { key: 'totalScore', header: '总分', kind: 'decimal' },
            { key: 'grade', header: '等级', kind: 'text' },
            { key: 'gradeLabel', header: '等级名称', kind: 'text' },
            { key: 'revocation', header: '摘牌建议', kind: 'text', width: 40 },
          ],
          rows,
        },
      });
    },
  });
}
