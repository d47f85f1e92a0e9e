import { useEffect, useRef, useState } from 'react';
import type { TJob } from '@kechuang/domain';
import { api } from '../../api/client';
import { showError } from '../feedback';

const INTERVAL_MS = 600;

/**
 * Polls GET /jobs/:id while `jobId` is set and the job is unfinished; calls `onFinish` once when it succeeds or
 * fails. Jobs report live progress, so the bar moves while the server works through a large file.
 */
export function useJobPoll(jobId: number | null, onFinish: (job: TJob) => void): TJob | null {
  const [job, setJob] = useState<TJob | null>(null);
  const finish = useRef(onFinish);
  finish.current = onFinish;

  useEffect(() => {
    setJob(null);
    if (jobId === null) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const j = await api.get<TJob>(`/jobs/${jobId}`);
        if (!live) return;
        setJob(j);
        if (j.status === 'succeeded' || j.status === 'failed') return finish.current(j);
      } catch (e) {
        // A failed poll (network blip) is reported once and retried; the job itself keeps running on the server.
        if (!live) return;
        showError(e);
      }
      timer = setTimeout(tick, INTERVAL_MS);
    };
    void tick();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [jobId]);

  return job;
}
