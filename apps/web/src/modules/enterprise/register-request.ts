import type { SortOrder } from 'antd/es/table/interface';
import type { TEnterprise } from '@kechuang/domain';
import { pageRequest } from '../../ui/table-request';
import type { EnterpriseFilter } from './enterprise.api';

const FILTER_KEYS = ['keyword', 'regionCode', 'industryCode', 'tier', 'stage', 'tag'] as const;
const SORTABLE = new Set(['name', 'updatedAt', 'foundedOn']);

/** ProTable's search form and column sort → the register's query (empty fields dropped). */
export function toEnterpriseFilter(
  params: Record<string, unknown>,
  sort: Record<string, SortOrder> = {},
): EnterpriseFilter {
  const out: EnterpriseFilter = {};
  for (const k of FILTER_KEYS) {
    const v = params[k];
    if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim();
  }
  const [key, order] = Object.entries(sort).find(([k, o]) => SORTABLE.has(k) && o) ?? [];
  if (key && order) {
    out.sort = key;
    out.order = order;
  }
  return out;
}

/**
 * The register's ProTable request. `remember` receives the filter of every load, so 导出 exports exactly
 * what the table shows.
 */
export function registerRequest(remember: (filter: EnterpriseFilter) => void) {
  return (
    params: Record<string, unknown> & { current?: number; pageSize?: number },
    sort: Record<string, SortOrder>,
  ) => {
    const filter = toEnterpriseFilter(params, sort);
    remember(filter);
    return pageRequest<TEnterprise>('/enterprises', () => filter)(params);
  };
}
