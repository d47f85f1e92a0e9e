import type { TEvalEntry, TEvalRound, TEvalRoundMove, TEvalScheme, TOpenEvalRoundRequest } from '@kechuang/domain';
import { api, type Page } from '../../../api/client';
import type { PagedQuery } from '../../../ui/table-request';

const BASE = '/tech-platform/evaluation';

/** A round with the entries the user may see (GET /rounds/:id). */
export interface EvalRoundDetail {
  round: TEvalRound;
  entries: TEvalEntry[];
  history: TEvalRoundMove[];
}

/** A county's 艰苦边远地区 switch (version 0: never set). */
export interface EvalRegionSetting {
  regionCode: string;
  hardshipArea: boolean;
  version: number;
}

/** 孵化器/众创空间综合评价 (docs/rules.md §5.4): the calls of the evaluation pages. */
export const evaluationApi = {
  rounds: (query: PagedQuery) => api.get<Page<TEvalRound>>(`${BASE}/rounds`, query),
  round: (id: number) => api.get<EvalRoundDetail>(`${BASE}/rounds/${id}`),
  open: (body: TOpenEvalRoundRequest) => api.post<TEvalRound>(`${BASE}/rounds`, body),
  move: (id: number, body: { to: string; version: number }) =>
    api.post<{ ok: true }>(`${BASE}/rounds/${id}/transition`, body),
  results: (ids: string) => api.get<TEvalEntry[]>(`${BASE}/results`, { ids }),
  saveData: (entryId: number, body: { data: Record<string, string | null>; submit: boolean; version: number }) =>
    api.put<{ ok: true }>(`${BASE}/entries/${entryId}/data`, body),
  returnData: (entryId: number, body: { reason: string; version: number }) =>
    api.post<{ ok: true }>(`${BASE}/entries/${entryId}/return`, body),
  manage: (entryId: number, body: { score: string; comment?: string | null; version: number }) =>
    api.put<{ ok: true }>(`${BASE}/entries/${entryId}/management`, body),
  assign: (body: { entryIds: number[]; expertIds: number[] }) =>
    api.post<{ added: number }>(`${BASE}/assign-experts`, body),
  score: (
    taskId: number,
    body: { scores: Record<string, string>; comment?: string | null; submit: boolean; version: number },
  ) => api.put<{ ok: true }>(`${BASE}/expert-tasks/${taskId}`, body),
  region: (code: string) => api.get<EvalRegionSetting>(`${BASE}/regions/${code}`),
  saveRegion: (code: string, body: { hardshipArea: boolean; version: number }) =>
    api.put<EvalRegionSetting>(`${BASE}/regions/${code}`, body),
  schemes: () => api.get<TEvalScheme[]>(`${BASE}/schemes`),
  exportFile: (id: number) => api.download(`${BASE}/rounds/${id}/export`, {}),
};
