import type { SortOrder } from 'antd/es/table/interface';
import { api, type Page } from '../api/client';
import { showError } from './feedback';

/** What ProTable hands `request`: the page, the search form's fields and the table's `params`. */
export type TableParams = Record<string, unknown> & { current?: number; pageSize?: number };
/** A list endpoint's filters as the API takes them (empty ones are left out of the URL by the client). */
export type TableQuery = Record<string, string | number | boolean | undefined>;
/** The filters plus the page: what a list endpoint is called with. */
export type PagedQuery = TableQuery & { current?: number; pageSize?: number };

/** A list endpoint by its path, or a call that loads the rows (a page, or a plain array the table pages itself). */
export type TableSource<T> = string | ((query: PagedQuery, filter: TableQuery) => Promise<Page<T> | T[]>);

export interface TableRequestOptions {
  /** ProTable's params → the endpoint's filters; by default every non-empty text, number or yes/no param. */
  filters?: (params: TableParams) => TableQuery;
  /** Columns the endpoint sorts by: the sorted one is sent as `sort` with `order` 'ascend' | 'descend'. */
  sortable?: readonly string[];
}

/**
 * The one adapter from ProTable's `request` to a list: params → the API's query (page, filters, sort), the answer →
 * `{ data, total, success }` (a plain array counts as one page), and a failed load shown as a message instead of an
 * empty table with no explanation. A loader also gets the filter alone (no page), e.g. to export what is shown.
 */
export function tableRequest<T>(
  source: TableSource<T>,
  { filters = everyFilter, sortable = [] }: TableRequestOptions = {},
) {
  return async (params: TableParams, sort: Record<string, SortOrder> = {}): Promise<Page<T>> => {
    const filter: TableQuery = { ...filters(params), ...sortQuery(sort, sortable) };
    const query: PagedQuery = { current: params.current, pageSize: params.pageSize, ...filter };
    try {
      const rows =
        typeof source === 'string' ? await api.get<Page<T> | T[]>(source, query) : await source(query, filter);
      return Array.isArray(rows) ? { data: rows, total: rows.length, success: true } : rows;
    } catch (e) {
      showError(e);
      return { data: [], total: 0, success: false };
    }
  };
}

/** Only the named params, trimmed, empty ones dropped: `filters: pickFilters('keyword', 'status')`. */
export function pickFilters(...keys: string[]): (params: TableParams) => TableQuery {
  return (params) => everyFilter(Object.fromEntries(keys.map((k) => [k, params[k]])));
}

function everyFilter(params: TableParams): TableQuery {
  const out: TableQuery = {};
  for (const [k, v] of Object.entries(params)) {
    if (k === 'current' || k === 'pageSize') continue;
    if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim();
    if (typeof v === 'number' || typeof v === 'boolean') out[k] = v;
  }
  return out;
}

function sortQuery(sort: Record<string, SortOrder>, sortable: readonly string[]): TableQuery {
  const [key, order] = Object.entries(sort).find(([k, o]) => sortable.includes(k) && o) ?? [];
  return key && order ? { sort: key, order } : {};
}
