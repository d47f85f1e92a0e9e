import type { TDictItem, TDictType } from '@kechuang/domain';
import { api } from '../../api/client';

export interface DictItemInput {
  value: string;
  label: string;
  sort: number;
  status: 'active' | 'disabled';
  parentValue?: string | null;
  version?: number;
}

export const dictApi = {
  types: () => api.get<TDictType[]>('/dicts'),
  items: (type: string, all = false) =>
    api.get<TDictItem[]>(`/dicts/${encodeURIComponent(type)}/items`, all ? { all: true } : undefined),
  createType: (body: { code: string; name: string; remark?: string | null }) => api.post<TDictType>('/dicts', body),
  createItem: (type: string, body: DictItemInput) =>
    api.post<TDictItem>(`/dicts/${encodeURIComponent(type)}/items`, body),
  updateItem: (id: number, body: DictItemInput) => api.put<TDictItem>(`/dict-items/${id}`, body),
};

// Selects across the app read the same few dictionaries; one request per type per page load is enough.
const cache = new Map<string, Promise<TDictItem[]>>();

/** Active items of a dictionary, cached; `forgetDict` after editing it. */
export function loadDict(type: string): Promise<TDictItem[]> {
  let p = cache.get(type);
  if (!p) {
    p = dictApi.items(type).catch((e: unknown) => {
      cache.delete(type);
      throw e;
    });
    cache.set(type, p);
  }
  return p;
}

export function forgetDict(type: string): void {
  cache.delete(type);
}
