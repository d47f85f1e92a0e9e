import { z } from 'zod';
import {
  ZGenerateReportRequest,
  ZIdParam,
  ZRedactedQuery,
  ZReportDetail,
  ZReportDocument,
  ZReportListQuery,
  ZReportSummary,
  ZSaveReportDocument,
} from '@kechuang/domain';
import { AppError } from '../../platform/errors';
import { actorOf, contextOf, requireAuth, type App } from '../../platform/http/types';
import type { ServerModule } from '../../platform/module-kit/module';
import { finaliseReport, newReportVersion, saveReportDocument } from './report-actions';
import { REPORT_REGENERATE_JOB, registerReportJobs } from './report-jobs';
import { listReports, presentReport, readReportRow } from './report.repository';
import { redactedFor } from './redaction';
import { startGeneration } from './start-generation';

const tags = ['工作总结'];
const ZJobStarted = z.object({ jobId: z.number().int() });

/** The reports: generate (a job), list, read, edit, re-generate, finalise, new version, redacted preview. */
export async function reportRoutes(app: App, modules: () => readonly ServerModule[]): Promise<void> {
  registerReportJobs(app, modules);

  app.get('/reports', {
    config: { access: 'report:read' },
    schema: {
      tags,
      summary: '工作总结列表（管辖区划内）',
      querystring: ZReportListQuery,
      response: { 200: z.array(ZReportSummary) },
    },
    handler: async (req) => listReports(app.db, requireAuth(req.auth), req.query),
  });

  app.post('/reports', {
    // A city writes the reports of its counties too (a report is read from their records, it changes none).
    config: { access: 'report:write', regionWide: true },
    schema: {
      tags,
      summary: '生成工作总结（后台任务，返回报告编号与任务编号）',
      body: ZGenerateReportRequest,
      response: { 200: z.object({ reportId: z.number().int(), jobId: z.number().int() }) },
    },
    handler: async (req) => startGeneration(app, contextOf(req), req.body),
  });

  app.get('/reports/:id', {
    config: { access: 'report:read' },
    schema: {
      tags,
      summary: '工作总结详情（文稿、图表数据来源、变化）',
      params: ZIdParam,
      response: { 200: ZReportDetail },
    },
    handler: async (req) => presentReport(await readReportRow(app.db, requireAuth(req.auth), req.params.id)),
  });

  app.put('/reports/:id/document', {
    config: { access: 'report:write' },
    schema: {
      tags,
      summary: '保存工作总结修改（乐观锁；定稿后不可改）',
      params: ZIdParam,
      body: ZSaveReportDocument,
      response: { 200: ZReportDetail },
    },
    handler: async (req) => {
      await saveReportDocument(app.db, contextOf(req), { id: req.params.id, ...req.body });
      return presentReport(await readReportRow(app.db, requireAuth(req.auth), req.params.id));
    },
  });

  app.post('/reports/:id/regenerate', {
    config: { access: 'report:write' },
    schema: {
      tags,
      summary: '重新生成（刷新数字，保留人工修改的段落）',
      params: ZIdParam,
      response: { 200: ZJobStarted },
    },
    handler: async (req) => {
      const auth = requireAuth(req.auth);
      const row = await readReportRow(app.db, auth, req.params.id);
      if (row.status === 'final') throw new AppError('CONFLICT', '该工作总结已定稿，不能重新生成；请新建版本');
      const jobId = await app.jobs.enqueue({
        type: REPORT_REGENERATE_JOB,
        title: `重新生成工作总结：${row.region_code} ${row.period}`,
        payload: { reportId: row.id, actor: actorOf(req), seenLsn: await app.reads.primaryLsn() },
        createdBy: auth.userId,
        regionCode: row.region_code,
      });
      return { jobId };
    },
  });

  app.post('/reports/:id/finalise', {
    config: { access: 'report:write' },
    schema: { tags, summary: '定稿（锁定并记录哈希）', params: ZIdParam, response: { 200: ZReportDetail } },
    handler: async (req) => {
      await finaliseReport(app.db, contextOf(req), req.params.id);
      return presentReport(await readReportRow(app.db, requireAuth(req.auth), req.params.id));
    },
  });

  app.post('/reports/:id/new-version', {
    config: { access: 'report:write' },
    schema: {
      tags,
      summary: '从定稿新建版本',
      params: ZIdParam,
      response: { 200: z.object({ reportId: z.number().int() }) },
    },
    handler: async (req) => ({ reportId: await newReportVersion(app.db, contextOf(req), req.params.id) }),
  });

  app.get('/reports/:id/preview', {
    config: { access: 'report:read' },
    schema: {
      tags,
      summary: '预览（redacted=1 时按脱敏词表脱敏）',
      params: ZIdParam,
      querystring: ZRedactedQuery,
      response: { 200: ZReportDocument },
    },
    handler: async (req) => {
      const row = await readReportRow(app.db, requireAuth(req.auth), req.params.id);
      const doc = ZReportDocument.parse(row.document);
      return req.query.redacted ? redactedFor(app.db, row.region_code, doc) : doc;
    },
  });
}
