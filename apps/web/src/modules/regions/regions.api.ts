import type { TRegion } from '@kechuang/domain';
import { api } from '../../api/client';

export const regionsApi = {
  /** Children of a region; without a parent, the provinces. */
  children: (parent?: string, includeExpired = false) =>
    api.get<TRegion[]>('/regions', { parent, includeExpired: includeExpired || undefined }),
  search: (keyword: string, includeExpired = false) =>
    api.get<TRegion[]>('/regions', { keyword, includeExpired: includeExpired || undefined }),
  create: (body: { code: string; name: string; parentCode: string; validFrom: string }) =>
    api.post<TRegion>('/regions', body),
  update: (code: string, body: { version: number; name?: string; validTo?: string | null }) =>
    api.put<TRegion>(`/regions/${code}`, body),
};

/** The GB/T 2260 ancestors of a 6-digit code, top first: 621122 → [620000, 621100]. */
export function regionAncestors(code: string): string[] {
  const six = code.slice(0, 6);
  const out: string[] = [];
  if (!six.endsWith('0000')) out.push(`${six.slice(0, 2)}0000`);
  if (!six.endsWith('00')) out.push(`${six.slice(0, 4)}00`);
  if (code.length === 12) out.push(six);
  return out;
}

export const REGION_LEVEL_LABELS: Record<TRegion['level'], string> = {
  province: '省级',
  city: '地级',
  county: '县级',
  township: '乡级',
};
