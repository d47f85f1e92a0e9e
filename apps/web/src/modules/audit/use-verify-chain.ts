import { useCallback, useEffect, useRef, useState } from 'react';
import type { TAuditVerifyResult } from '@kechuang/domain';
import { showError } from '../../ui/feedback';
import { auditApi } from './audit.api';

export type VerifyPhase = 'idle' | 'running' | 'done' | 'failed';

export interface VerifyState {
  phase: VerifyPhase;
  progress: number;
  result: TAuditVerifyResult | null;
}

const POLL_MS = 1000;

/** Starts the chain-verification job and polls it (1 s) until it succeeds or fails. */
export function useVerifyChain() {
  const [state, setState] = useState<VerifyState>({ phase: 'idle', progress: 0, result: null });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stop = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => stop, []);

  const poll = useCallback((jobId: number) => {
    timer.current = setTimeout(async () => {
      try {
        const s = await auditApi.verifyStatus(jobId);
        if (s.status === 'succeeded') return setState({ phase: 'done', progress: 100, result: s.result });
        if (s.status === 'failed') return setState({ phase: 'failed', progress: s.progress, result: null });
        setState({ phase: 'running', progress: s.progress, result: null });
        poll(jobId);
      } catch (e) {
        showError(e);
        setState((prev) => ({ ...prev, phase: 'failed' }));
      }
    }, POLL_MS);
  }, []);

  const start = useCallback(async () => {
    stop();
    setState({ phase: 'running', progress: 0, result: null });
    try {
      const { jobId } = await auditApi.startVerify();
      poll(jobId);
    } catch (e) {
      showError(e);
      setState({ phase: 'idle', progress: 0, result: null });
    }
  }, [poll]);

  return { ...state, start };
}
