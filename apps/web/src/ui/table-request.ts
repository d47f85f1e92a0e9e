import { showError } from './feedback';
import { api, type Page } from '../api/client';

type Params = Record<string, unknown> & { current?: number; pageSize?: number };
type Query = Record<string, string | number | boolean | undefined>;

/**
 * Adapts a list endpoint to ProTable's `request`: passes page and filters through (empty ones dropped)
 * and shows a failed load as a message instead of an empty table with no explanation.
 */
export function pageRequest<T>(path: string, mapFilters: (params: Params) => Query = defaultFilters) {
  return async (params: Params): Promise<Page<T>> => {
    try {
      return await api.get<Page<T>>(path, {
        current: params.current,
        pageSize: params.pageSize,
        ...mapFilters(params),
      });
    } catch (e) {
      showError(e);
      return { data: [], total: 0, success: false };
    }
  };
}

function defaultFilters(params: Params): Query {
  const out: Query = {};
  for (const [k, v] of Object.entries(params)) {
    if (k === 'current' || k === 'pageSize' || k === 'keyword') continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  }
  return out;
}

/** Adapts an endpoint that returns a plain array (roles, sessions, parameters) to ProTable's `request`. */
export function listRequest<T>(path: string) {
  return async (): Promise<Page<T>> => {
    try {
      const data = await api.get<T[]>(path);
      return { data, total: data.length, success: true };
    } catch (e) {
      showError(e);
      return { data: [], total: 0, success: false };
    }
  };
}
