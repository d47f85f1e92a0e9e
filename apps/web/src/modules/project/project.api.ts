import type {
  ApplicationState,
  CommentVisibility,
  FundingKind,
  FundingSourceLevel,
  TApplication,
  TApplicationForm,
  TApplicationFunding,
  TAssignment,
  TAttachment,
  TBatchResult,
  TCall,
  TCallInput,
  TExpertAccount,
  TExpertCandidates,
  TExpertProfile,
  TExpertsAssigned,
  TFundingPage,
  TFundingRecord,
  TFundingSummary,
  TOk,
  TProjectDeadline,
  TProjectNoticeDraft,
  TRanking,
  TReserve,
  TReviewDetail,
  TTransitionRecord,
} from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { DeadlineQuery } from '../../ui/deadlines/DeadlineTable';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

export type CallBody = Omit<TCallInput, 'outlierSd'> & { outlierSd?: number | null };

export interface ReserveBody {
  enterpriseId?: number;
  title: string;
  category: string;
  plannedYear: number;
  summary?: string | null;
  estimatedAmount?: string | null;
  contact?: string | null;
}

export interface FundingBody {
  applicationId: number;
  kind: FundingKind;
  sourceLevel?: FundingSourceLevel | null;
  amount: string;
  occurredOn: string;
  voucherNo?: string | null;
  documentNo?: string | null;
  remark?: string | null;
}

export interface ExpertBody {
  name: string;
  title?: string | null;
  employerCreditCode?: string | null;
  employerName?: string | null;
  fields: string[];
  conflicts: { creditCode?: string | null; name?: string | null; reason: string }[];
}

export const projectApi = {
  call: (id: number) => api.get<TCall>(`/calls/${id}`),
  openCalls: () => api.get<Page<TCall>>('/calls', { phase: 'open', status: 'published', pageSize: 100 }),
  createCall: (body: CallBody) => api.post<TCall>('/calls', body),
  updateCall: (id: number, body: Partial<CallBody> & { version: number }) => api.put<TCall>(`/calls/${id}`, body),
  publishCall: (id: number, version: number) => api.post<TCall>(`/calls/${id}/publish`, { version }),
  uploadCallFile: (id: number, file: File) => upload<TAttachment>(`/calls/${id}/attachments`, file),
  callNotice: (id: number, body: { basis: string; startDate: string; states: ('recommended' | 'approved')[] }) =>
    api.post<TProjectNoticeDraft>(`/calls/${id}/notice`, body),

  createReserve: (body: ReserveBody) => api.post<TReserve>('/reserve', body),
  updateReserve: (id: number, body: Partial<ReserveBody> & { version: number; status?: 'planned' | 'dropped' }) =>
    api.put<TReserve>(`/reserve/${id}`, body),
  promoteReserve: (id: number, body: { callId: number; version: number }) =>
    api.post<TApplication>(`/reserve/${id}/promote`, body),

  application: (id: number) => api.get<TApplication>(`/applications/${id}`),
  applicationForm: (id: number) => api.get<TApplicationForm>(`/applications/${id}/form`),
  transitions: (id: number) => api.get<TTransitionRecord[]>(`/applications/${id}/transitions`),
  createApplication: (body: {
    callId: number;
    title: string;
    requestedAmount?: string | null;
    data: Record<string, unknown>;
  }) => api.post<TApplication>('/applications', body),
  updateApplication: (
    id: number,
    body: { version: number; title?: string; requestedAmount?: string | null; data?: Record<string, unknown> },
  ) => api.put<TApplication>(`/applications/${id}`, body),
  transition: (
    id: number,
    body: { to: ApplicationState; version: number; comment?: string; visibility?: CommentVisibility },
  ) => api.post<TApplication>(`/applications/${id}/transitions`, body),
  override: (id: number, body: { to: ApplicationState; version: number; reason: string }) =>
    api.post<TApplication>(`/applications/${id}/override`, body),
  batchTransition: (body: {
    items: { id: number; version: number }[];
    to: ApplicationState;
    comment?: string;
    visibility?: CommentVisibility;
  }) => api.post<TBatchResult>('/applications/batch-transition', body),
  projectInfo: (
    id: number,
    body: {
      version: number;
      projectNo?: string | null;
      approvedAmount?: string | null;
      startsOn?: string | null;
      endsOn?: string | null;
      midtermDueOn?: string | null;
    },
  ) => api.put<TApplication>(`/applications/${id}/project-info`, body),
  uploadAttachment: (id: number, slot: string, file: File) =>
    upload<TAttachment>(`/applications/${id}/attachments?slot=${encodeURIComponent(slot)}`, file),
  deleteAttachment: (id: number) => api.del<TOk>(`/attachments/${id}`),
  applicationFunding: (id: number) => api.get<TApplicationFunding>(`/applications/${id}/funding`),

  deadlines: (query: DeadlineQuery) => api.get<TProjectDeadline[]>('/project-deadlines', query),
  experts: () => api.get<TExpertProfile[]>('/experts'),
  expertAccountsWithoutProfile: () => api.get<TExpertAccount[]>('/experts/accounts-without-profile'),
  createExpert: (body: ExpertBody & { userId: number }) => api.post<TExpertProfile>('/experts', body),
  updateExpert: (id: number, body: Partial<ExpertBody> & { version: number }) =>
    api.put<TExpertProfile>(`/experts/${id}`, body),

  expertCandidates: (applicationIds: number[]) =>
    api.get<TExpertCandidates>('/experts/candidates', { applicationIds: applicationIds.join(',') }),
  assign: (body: { applicationIds: number[]; expertIds: number[] }) =>
    api.post<TExpertsAssigned>('/reviews/assign', body),
  reviews: (query: { applicationId?: number; callId?: number; status?: string; pageSize?: number }) =>
    api.get<Page<TAssignment>>('/reviews', query),
  review: (id: number) => api.get<TReviewDetail>(`/reviews/${id}`),
  score: (
    id: number,
    body: { scores: Record<string, string | number>; comment?: string | null; submit: boolean; version: number },
  ) => api.post<TAssignment>(`/reviews/${id}/score`, body),
  unassign: (id: number) => api.del<TOk>(`/reviews/${id}`),

  ranking: (callId: number) => api.get<TRanking>(`/calls/${callId}/ranking`),
  confirmRanking: (callId: number) => api.post<TRanking>(`/calls/${callId}/ranking/confirm`, {}),

  funding: (query: PagedQuery) => api.get<TFundingPage>('/funding', query),
  createFunding: (body: FundingBody) => api.post<TFundingRecord>('/funding', body),
  fundingSummary: (query: { from?: string; to?: string }) => api.get<TFundingSummary>('/funding/summary', query),
  exportFunding: (query: TableQuery) => api.download('/funding/export', query),
};

function upload<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  return api.upload<T>(path, form);
}
