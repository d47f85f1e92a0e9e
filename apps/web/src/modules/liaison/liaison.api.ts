import type {
  TLiaisonAssignment,
  TLiaisonAssignmentChange,
  TLiaisonAssignmentEnd,
  TLiaisonAssignmentInput,
  TLiaisonCadre,
  TLiaisonCoverage,
  TLiaisonIssue,
  TLiaisonIssueTransitionRequest,
  TLiaisonRuleAssignmentInput,
  TLiaisonRuleCommitted,
  TLiaisonRulePreview,
  TLiaisonVisit,
  TLiaisonVisitInput,
} from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery, TableQuery } from '../../ui/table-request';

/** 干部包企业 over the API (docs/rules.md §5.7.1). */
export const liaisonApi = {
  cadres: () => api.get<TLiaisonCadre[]>('/liaison/cadres'),
  assignments: (query: PagedQuery) => api.get<Page<TLiaisonAssignment>>('/liaison/assignments', query),
  assign: (body: TLiaisonAssignmentInput) => api.post<TLiaisonAssignment>('/liaison/assignments', body),
  changeAssignment: (id: number, body: TLiaisonAssignmentChange) =>
    api.put<TLiaisonAssignment>(`/liaison/assignments/${id}`, body),
  endAssignment: (id: number, body: TLiaisonAssignmentEnd) =>
    api.post<TLiaisonAssignment>(`/liaison/assignments/${id}/end`, body),
  previewRule: (body: TLiaisonRuleAssignmentInput) =>
    api.post<TLiaisonRulePreview>('/liaison/assignments/rule-preview', body),
  commitRule: (body: TLiaisonRuleAssignmentInput) => api.post<TLiaisonRuleCommitted>('/liaison/assignments/rule', body),
  visits: (query: PagedQuery) => api.get<Page<TLiaisonVisit>>('/liaison/visits', query),
  exportVisits: (filter: TableQuery) => api.download('/liaison/visits/export', filter),
  recordVisit: (body: TLiaisonVisitInput) => api.post<TLiaisonVisit>('/liaison/visits', body),
  issues: (query: PagedQuery) => api.get<Page<TLiaisonIssue>>('/liaison/issues', query),
  exportIssues: (filter: TableQuery) => api.download('/liaison/issues/export', filter),
  issue: (id: number) => api.get<TLiaisonIssue>(`/liaison/issues/${id}`),
  moveIssue: (id: number, body: TLiaisonIssueTransitionRequest) =>
    api.post<TLiaisonIssue>(`/liaison/issues/${id}/transition`, body),
  coverage: (query: TableQuery) => api.get<TLiaisonCoverage>('/liaison/coverage', query),
};
