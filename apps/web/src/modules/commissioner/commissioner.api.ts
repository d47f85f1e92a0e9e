import type {
  CommissionerMove,
  TAgreementInput,
  TAgreementTerminateRequest,
  TCommissioner,
  TCommissionerAgreement,
  TCommissionerDetail,
  TCommissionerInput,
  TCommissionerLevelRule,
  TCommissionerMoveRequest,
  TUpdateCommissionerRequest,
  TUpdateLevelRuleRequest,
} from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

/** Where the roster lives on the server (its import endpoints hang under it too). */
export const COMMISSIONER_PATH = '/commissioner/roster';
/** The list's filters as GET /commissioner/roster and its export take them. */
export const COMMISSIONER_FILTERS = ['keyword', 'level', 'batch', 'status', 'field', 'ids'] as const;
/** The columns the server sorts by. */
export const COMMISSIONER_SORTABLE = ['name', 'termStart', 'appointedOn', 'updatedAt'] as const;

export const commissionerApi = {
  list: (query: PagedQuery) => api.get<Page<TCommissioner>>(COMMISSIONER_PATH, query),
  get: (id: number) => api.get<TCommissionerDetail>(`${COMMISSIONER_PATH}/${id}`),
  create: (body: TCommissionerInput) => api.post<TCommissioner>(COMMISSIONER_PATH, body),
  update: (id: number, body: TUpdateCommissionerRequest) => api.put<TCommissioner>(`${COMMISSIONER_PATH}/${id}`, body),
  move: (id: number, move: CommissionerMove, body: TCommissionerMoveRequest) =>
    api.post<{ ok: true }>(`${COMMISSIONER_PATH}/${id}/${move}`, body),
  override: (id: number, body: { version: number; reason: string }) =>
    api.post<{ ok: true }>(`${COMMISSIONER_PATH}/${id}/eligibility-override`, body),
  /** The full ID number and phone (the server audits every call). */
  reveal: (id: number) => api.get<{ idNumber: string; phone: string | null }>(`${COMMISSIONER_PATH}/${id}/personal`),
  addAgreement: (id: number, body: TAgreementInput) =>
    api.post<TCommissionerAgreement>(`${COMMISSIONER_PATH}/${id}/agreements`, body),
  terminateAgreement: (id: number, body: TAgreementTerminateRequest) =>
    api.post<TCommissionerAgreement>(`/commissioner/agreements/${id}/terminate`, body),
  levelRules: () => api.get<TCommissionerLevelRule[]>('/commissioner/level-rules'),
  updateLevelRule: (level: string, body: TUpdateLevelRuleRequest) =>
    api.put<TCommissionerLevelRule>(`/commissioner/level-rules/${level}`, body),
  /** The rows the filter matches, as the table shows them (`filter` as the table's request sent it). */
  exportFile: (filter: TableQuery) => api.download(`${COMMISSIONER_PATH}/export`, filter),
};

/** The logins with role commissioner the form may link. */
export const commissionerAccounts = () =>
  api.get<{ id: number; username: string; displayName: string }[]>('/commissioner/accounts');
