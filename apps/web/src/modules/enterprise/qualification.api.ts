import type { Stage, Tier, TQualification } from '@kechuang/domain';
import { api, type Page } from '../../api/client';

export interface CreateQualificationInput {
  enterpriseId: number;
  tier: Tier;
  year: number;
  batch?: string | null;
  stage?: Stage;
  remark?: string | null;
}

export interface MoveStageInput {
  version: number;
  stage: Stage;
  on: string;
  certificateNo?: string | null;
  reason?: string | null;
}

export const qualificationApi = {
  list: (query: { enterpriseId?: number; stage?: Stage; tier?: Tier; pageSize?: number }) =>
    api.get<Page<TQualification>>('/qualifications', query),
  create: (body: CreateQualificationInput) => api.post<TQualification>('/qualifications', body),
  moveStage: (id: number, body: MoveStageInput) => api.post<TQualification>(`/qualifications/${id}/stage`, body),
};
