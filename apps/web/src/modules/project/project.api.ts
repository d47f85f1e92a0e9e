import type {
  ApplicationState,
  CommentVisibility,
  FundingKind,
  FundingSourceLevel,
  TApplication,
  TAttachment,
  TCall,
  TCallInput,
  TCriterion,
  TFormField,
} from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type {
  TAssignment,
  TExpertAccount,
  TExpertCandidates,
  TExpertProfile,
  TFundingRecord,
  TFundingSummary,
  TRanking,
  TReserve,
  TTransitionRecord,
} from './project-types';

export type CallBody = Omit<TCallInput, 'outlierSd'> & { outlierSd?: number | null };

/** Something falling due in the project module (GET /project-deadlines). */
export interface TProjectDeadline {
  kind: 'call-closing' | 'midterm-due' | 'acceptance-due';
  title: string;
  due: string;
  daysLeft: number;
  regionCode: string;
  callId: number;
  applicationId: number | null;
  enterpriseId: number | null;
  enterpriseName: string | null;
}

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

export interface BatchResultItem {
  id: number;
  ok: boolean;
  state: string | null;
  error: { code: string; message: string } | null;
}

/** GET /funding: the page plus the exact total (元) of everything the filter matches. */
export type FundingPage = Page<TFundingRecord> & { amountTotal: string };

export const projectApi = {
  call: (id: number) => api.get<TCall>(`/calls/${id}`),
  openCalls: () => api.get<Page<TCall>>('/calls', { phase: 'open', status: 'published', pageSize: 100 }),
  createCall: (body: CallBody) => api.post<TCall>('/calls', body),
  updateCall: (id: number, body: Partial<CallBody> & { version: number }) => api.put<TCall>(`/calls/${id}`, body),
  publishCall: (id: number, version: number) => api.post<TCall>(`/calls/${id}/publish`, { version }),
  uploadCallFile: (id: number, file: File) => upload<TAttachment>(`/calls/${id}/attachments`, file),
  callNotice: (id: number, body: { basis: string; startDate: string; states: ('recommended' | 'approved')[] }) =>
    api.post<{ noticeId: number; items: number; endDate: string; endDateWarning: string | null }>(
      `/calls/${id}/notice`,
      body,
    ),

  createReserve: (body: ReserveBody) => api.post<TReserve>('/reserve', body),
  updateReserve: (id: number, body: Partial<ReserveBody> & { version: number; status?: 'planned' | 'dropped' }) =>
    api.put<TReserve>(`/reserve/${id}`, body),
  promoteReserve: (id: number, body: { callId: number; version: number }) =>
    api.post<TApplication>(`/reserve/${id}/promote`, body),

  application: (id: number) => api.get<TApplication>(`/applications/${id}`),
  applicationForm: (id: number) => api.get<{ callId: number; form: TFormField[] }>(`/applications/${id}/form`),
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
  }) => api.post<BatchResultItem[]>('/applications/batch-transition', body),
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
  deleteAttachment: (id: number) => api.del<{ ok: true }>(`/attachments/${id}`),
  applicationFunding: (id: number) =>
    api.get<{ records: TFundingRecord[]; totals: Record<string, string> }>(`/applications/${id}/funding`),

  deadlines: (query: { within: number; today: string }) => api.get<TProjectDeadline[]>('/project-deadlines', query),
  experts: () => api.get<TExpertProfile[]>('/experts'),
  expertAccountsWithoutProfile: () => api.get<TExpertAccount[]>('/experts/accounts-without-profile'),
  createExpert: (body: ExpertBody & { userId: number }) => api.post<TExpertProfile>('/experts', body),
  updateExpert: (id: number, body: Partial<ExpertBody> & { version: number }) =>
    api.put<TExpertProfile>(`/experts/${id}`, body),

  expertCandidates: (applicationIds: number[]) =>
    api.get<TExpertCandidates>('/experts/candidates', { applicationIds: applicationIds.join(',') }),
  assign: (body: { applicationIds: number[]; expertIds: number[] }) =>
    api.post<{ added: number }>('/reviews/assign', body),
  reviews: (query: { applicationId?: number; callId?: number; status?: string; pageSize?: number }) =>
    api.get<Page<TAssignment>>('/reviews', query),
  review: (id: number) =>
    api.get<{ assignment: TAssignment; application: TApplication; criteria: TCriterion[] }>(`/reviews/${id}`),
  score: (
    id: number,
    body: { scores: Record<string, string | number>; comment?: string | null; submit: boolean; version: number },
  ) => api.post<TAssignment>(`/reviews/${id}/score`, body),
  unassign: (id: number) => api.del<{ ok: true }>(`/reviews/${id}`),

  ranking: (callId: number) => api.get<TRanking>(`/calls/${callId}/ranking`),
  confirmRanking: (callId: number) => api.post<TRanking>(`/calls/${callId}/ranking/confirm`, {}),

  createFunding: (body: FundingBody) => api.post<TFundingRecord>('/funding', body),
  fundingSummary: (query: { from?: string; to?: string }) => api.get<TFundingSummary>('/funding/summary', query),
  exportFunding: (query: Record<string, string | number | undefined>) => api.download('/funding/export', query),
};

function upload<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  return api.upload<T>(path, form);
}

/** Saves a downloaded blob under its name through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
