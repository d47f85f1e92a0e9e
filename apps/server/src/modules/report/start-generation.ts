import { sql } from 'kysely';
import { reportPeriod, type ReportPeriod } from '@kechuang/domain';
import { inScope } from '../../platform/auth/region-scope';
import { AppError } from '../../platform/errors';
import type { App, UseCaseContext } from '../../platform/http/types';
import { assertTemplateUsable } from './generate-report';
import { reportRegion } from './report-facts';
import { REPORT_GENERATE_JOB } from './report-jobs';
import { readTemplate } from './template.repository';

/**
 * Checks a generation request (region in scope, period, usable template: each a 400/403 in Chinese) and queues
 * its job. The report id is reserved now and the row written by the job all at once: a failed job leaves nothing.
 */
export async function startGeneration(
  app: App,
  uc: UseCaseContext,
  o: { regionCode: string; period: string; templateId?: number },
): Promise<{ reportId: number; jobId: number }> {
  if (!inScope(uc.auth.scopePrefix, o.regionCode)) {
    throw new AppError('OUT_OF_SCOPE', `区划 ${o.regionCode} 不在您的管辖范围内`);
  }
  const region = await reportRegion(app.db, o.regionCode);
  const period = reportPeriod(o.period) as ReportPeriod;
  const template = await readTemplate(app.db, o.templateId);
  assertTemplateUsable(template);
  const { rows } = await sql<{ id: number }>`select nextval('report_id_seq')::int as id`.execute(app.db);
  const reportId = rows[0].id;
  const jobId = await app.jobs.enqueue({
    type: REPORT_GENERATE_JOB,
    title: `生成工作总结：${region.name}${period.label}`,
    payload: {
      reportId,
      regionCode: o.regionCode,
      period: o.period,
      templateId: template.id,
      actor: uc.actor,
      seenLsn: await app.reads.primaryLsn(),
    },
    createdBy: uc.auth.userId,
    regionCode: o.regionCode,
  });
  return { reportId, jobId };
}
