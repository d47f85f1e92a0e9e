import { mergeRegenerated, ZReportDocument } from '@kechuang/domain';
import type { Actor } from '../../platform/audit/audit.writer';
import type { ReadRouter } from '../../platform/db/read-replica';
import { writeAudit } from '../../platform/audit/audit.writer';
import { AppError } from '../../platform/errors';
import type { App } from '../../platform/http/types';
import type { JobContext } from '../../platform/jobs/job-runner';
import type { ServerModule } from '../../platform/module-kit/module';
import { writeReportDocument } from './generate-report';
import { nextReportVersion } from './report.repository';
import { readTemplate } from './template.repository';

export const REPORT_GENERATE_JOB = 'report.generate';
export const REPORT_REGENERATE_JOB = 'report.regenerate';

export interface GeneratePayload {
  reportId: number;
  regionCode: string;
  period: string;
  templateId: number;
  actor: Actor;
  /** The primary's WAL position when it was asked for: the records it reads must be at least that new. */
  seenLsn?: string | null;
}
export interface RegeneratePayload {
  reportId: number;
  actor: Actor;
  seenLsn?: string | null;
}

/** Writes the new report under the id the request reserved: nothing is written unless all of it is. */
async function generate(ctx: JobContext<GeneratePayload>, reads: ReadRouter, modules: () => readonly ServerModule[]) {
  const { reportId, regionCode, period, templateId, actor } = ctx.payload;
  await ctx.progress(10, '读取模板与报告事实');
  const template = await readTemplate(ctx.db, templateId);
  // The facts are read where the dashboards read (a replica when configured), as new as the request.
  const { document, indicators } = await writeReportDocument(await reads.reader(ctx.payload.seenLsn), modules(), {
    regionCode,
    period,
    template,
    now: new Date(),
  });
  await ctx.progress(70, '写入文稿');
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('report')
      .values({
        id: reportId,
        region_code: regionCode,
        period,
        template_id: template.id,
        template_version: template.version,
        report_version: await nextReportVersion(trx, regionCode, period),
        status: 'draft',
        document: JSON.stringify(document),
        changes: '[]',
        indicators: JSON.stringify(indicators),
        created_by: actor.id,
        updated_by: actor.id,
      })
      .execute();
    await ctx.markCommitted(trx);
    await writeAudit(trx, actor, {
      action: 'report.generate',
      objectType: 'report',
      objectId: reportId,
      regionCode,
      after: { period, templateId: template.id, templateVersion: template.version, title: document.title },
    });
  });
  return { reportId };
}

/** Refreshes a draft's figures from the records as they are now, keeping the paragraphs staff edited. */
async function regenerate(
  ctx: JobContext<RegeneratePayload>,
  reads: ReadRouter,
  modules: () => readonly ServerModule[],
) {
  const { reportId, actor } = ctx.payload;
  await ctx.progress(10, '读取报告事实');
  const row = await ctx.db.selectFrom('report').selectAll().where('id', '=', reportId).executeTakeFirstOrThrow();
  if (row.status === 'final') throw new AppError('CONFLICT', '该工作总结已定稿，不能重新生成；请新建版本');
  const template = await readTemplate(ctx.db, row.template_id);
  const fresh = await writeReportDocument(await reads.reader(ctx.payload.seenLsn), modules(), {
    regionCode: row.region_code,
    period: row.period,
    template,
    now: new Date(),
  });
  const { document, changes } = mergeRegenerated(ZReportDocument.parse(row.document), fresh.document);
  await ctx.progress(70, '写入文稿');
  await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('report')
      .set((eb) => ({
        document: JSON.stringify(document),
        changes: JSON.stringify(changes),
        indicators: JSON.stringify(fresh.indicators),
        template_version: template.version,
        version: eb('version', '+', 1),
        updated_at: new Date(),
        updated_by: actor.id,
      }))
      .where('id', '=', reportId)
      .where('version', '=', row.version)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      throw new AppError('VERSION_CONFLICT', '生成期间工作总结已被他人修改或定稿，请刷新后重新生成');
    }
    await ctx.markCommitted(trx);
    await writeAudit(trx, actor, {
      action: 'report.regenerate',
      objectType: 'report',
      objectId: reportId,
      regionCode: row.region_code,
      details: { changes },
    });
  });
  return { reportId, changes: changes.length };
}

/** Registers the module's job handlers; `modules` is read when a job runs (the composition root lists this module). */
export function registerReportJobs(app: App, modules: () => readonly ServerModule[]): void {
  app.jobs.register<GeneratePayload>(REPORT_GENERATE_JOB, (ctx) => generate(ctx, app.reads, modules));
  app.jobs.register<RegeneratePayload>(REPORT_REGENERATE_JOB, (ctx) => regenerate(ctx, app.reads, modules));
}
