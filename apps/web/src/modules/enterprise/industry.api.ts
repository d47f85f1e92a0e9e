import type { z } from 'zod';
import type { ZIndustry } from '@kechuang/domain';
import { api } from '../../api/client';

export type TIndustry = z.infer<typeof ZIndustry>;

/** GB/T 4754-2017 industries: children of a code (sections without one), or a search by name or code prefix. */
export const industryApi = {
  children: (parent?: string) => api.get<TIndustry[]>('/industries', { parent }),
  search: (keyword: string) => api.get<TIndustry[]>('/industries', { keyword }),
};
