import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import type { TRecordSet } from '@kechuang/domain';
import { api } from '../api/client';
import { showError } from './feedback';

/** Past this length a link's ids go to the server as a record set: a province's figures name tens of thousands. */
const LONGEST_LINK = 2_000;

/** The link to open: as it is, or with its ids stored once on the server and named by `set:<token>`. */
export async function recordsLink(link: string): Promise<string> {
  if (link.length <= LONGEST_LINK) return link;
  const [path, query = ''] = link.split('?');
  const params = new URLSearchParams(query);
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean).map(Number);
  if (ids.length === 0) return link;
  const set = await api.post<TRecordSet>('/record-sets', { ids });
  params.set('ids', set.idsParam);
  return `${path}?${params.toString()}`;
}

/** The ids an `ids` parameter names: listed ('12,13'), or a record set's ('set:<token>'), read from the server. */
export async function recordIdsOf(ids: string): Promise<number[]> {
  if (!ids.startsWith('set:')) return ids.split(',').filter(Boolean).map(Number);
  return (await api.get<{ ids: number[] }>(`/record-sets/${ids.slice('set:'.length)}`)).ids;
}

/** Opens the records behind a figure (a dashboard card, a figure of the report) in their list. */
export function useOpenRecords(): (link: string) => void {
  const navigate = useNavigate();
  return useCallback((link: string) => void recordsLink(link).then((to) => navigate(to), showError), [navigate]);
}
