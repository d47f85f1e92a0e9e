import type { z } from 'zod';
import type { ZJob } from '@kechuang/domain';
import type { JobRow } from './job.repository';

/**
 * Job row → API shape; a running job shows its live progress (what the runner holds in memory) when given; the
 * result only to whoever may read it (system.policy `mayReadJobResult`).
 */
export function presentJob(
  j: JobRow,
  showResult: boolean,
  live?: { progress: number; message?: string },
): z.infer<typeof ZJob> {
  const now = j.status === 'running' ? live : undefined;
  return {
    id: j.id,
    type: j.type,
    title: j.title,
    status: j.status,
    progress: Number(now?.progress ?? j.progress),
    message: now ? (now.message ?? j.message) : j.message,
    result: showResult ? (j.result ?? null) : null,
    createdBy: j.created_by,
    createdAt: j.created_at.toISOString(),
    startedAt: j.started_at?.toISOString() ?? null,
    finishedAt: j.finished_at?.toISOString() ?? null,
  };
}
