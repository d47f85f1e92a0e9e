import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client';
import { showError } from './feedback';

export interface Loaded<T> {
  data: T | null;
  loading: boolean;
  /** The failed load's error (shown once as a message too), e.g. a 403 for another enterprise's record. */
  error: ApiError | null;
  reload: () => void;
}

/** Loads one resource when `key` changes (null = nothing to load) and lets the page reload it after a save. */
export function useLoader<T>(key: string | number | null, load: () => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  // Loading from the first render, so a page does not flash its 'not found' state before the request starts.
  const [loading, setLoading] = useState(key !== null);
  const [error, setError] = useState<ApiError | null>(null);
  const [round, setRound] = useState(0);
  // `load` is a fresh closure every render; `key` says when it means something new.
  const stable = useCallback(load, [key]);

  useEffect(() => {
    if (key === null) {
      setData(null);
      setLoading(false);
      return;
    }
    let live = true;
    setLoading(true);
    stable().then(
      (d) => {
        if (!live) return;
        setData(d);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(e instanceof ApiError ? e : null);
        setLoading(false);
        showError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [key, stable, round]);

  return { data, loading, error, reload: () => setRound((r) => r + 1) };
}
