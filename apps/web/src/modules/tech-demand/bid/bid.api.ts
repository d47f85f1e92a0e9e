import type {
  TAcceptanceInput,
  TBidInput,
  TBidOverview,
  TContractInput,
  TMilestoneReportInput,
} from '@kechuang/domain';
import { api } from '../../../api/client';

type Done = { id: number };

/** 揭榜 of one demand (docs/rules.md §5.2): the overview and each recorded step. */
export const bidApi = {
  overview: (demandId: number) => api.get<TBidOverview>(`/tech-demand/demands/${demandId}/bids`),
  apply: (demandId: number, body: TBidInput) => api.post<Done>(`/tech-demand/demands/${demandId}/bids`, body),
  choose: (bidId: number, version: number) => api.post<Done>(`/tech-demand/bids/${bidId}/choose`, { version }),
  objection: (bidId: number, objection: string | null, version: number) =>
    api.post<Done>(`/tech-demand/bids/${bidId}/objection`, { objection, version }),
  contract: (demandId: number, body: TContractInput) =>
    api.post<Done>(`/tech-demand/demands/${demandId}/contract`, body),
  report: (milestoneId: number, body: TMilestoneReportInput) =>
    api.post<Done>(`/tech-demand/milestones/${milestoneId}/reports`, body),
  accept: (demandId: number, body: TAcceptanceInput) =>
    api.post<Done>(`/tech-demand/demands/${demandId}/acceptance`, body),
};
