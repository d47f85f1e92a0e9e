import type {
  TIndicatorRequest,
  TIndicatorValue,
  TJobStarted,
  TRdCheckRule,
  TRdCheckRuleUpdate,
  TRdCompletion,
  TRdDeductions,
  TRdForm,
  TRdMyOverview,
  TRdMyReport,
  TRdTask,
  TRdTaskCreated,
  TRdTaskCreateRequest,
  TRdTaskFinding,
  TRdTaskSummary,
  TRdTrendPoint,
  TRdUnitRow,
  TRdUnitsAdded,
} from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import type { PagedQuery } from '../../ui/table-request';

/** The views GET /rd/tasks/:id/export builds. */
export type RdExportView =
  'units' | 'findings' | 'completion' | 'township' | 'industry' | 'tier' | 'performer' | 'deductions';
/** The one set of calls the R&D pages make (amounts are decimal strings in 元). */
export const rdApi = {
  tasks: (query: PagedQuery) => api.get<Page<TRdTask>>('/rd/tasks', query),
  task: (id: number) => api.get<TRdTask>(`/rd/tasks/${id}`),
  createTask: (body: TRdTaskCreateRequest) => api.post<TRdTaskCreated>('/rd/tasks', body),
  moveTask: (id: number, move: 'open' | 'close' | 'reopen', version: number) =>
    api.post<TRdTask>(`/rd/tasks/${id}/${move}`, { version }),
  publish: (id: number, version: number, published: boolean) =>
    api.post<TRdTask>(`/rd/tasks/${id}/publish`, { version, published }),
  remind: (id: number) => api.post<TJobStarted>(`/rd/tasks/${id}/remind`, {}),
  addUnits: (id: number, version: number, enterpriseIds: number[]) =>
    api.post<TRdUnitsAdded>(`/rd/tasks/${id}/units`, {
      version,
      units: { picks: [], tags: [], enterpriseIds },
    }),
  removeUnit: (taskId: number, unitId: number, version: number) =>
    api.del<TRdTask>(`/rd/tasks/${taskId}/units/${unitId}?version=${version}`),
  units: (id: number, query: PagedQuery) => api.get<Page<TRdUnitRow>>(`/rd/tasks/${id}/units`, query),
  completion: (id: number) => api.get<TRdCompletion>(`/rd/tasks/${id}/completion`),
  findings: (id: number) => api.get<TRdTaskFinding[]>(`/rd/tasks/${id}/findings`),
  summary: (id: number, basis: 'approved' | 'reported' = 'approved') =>
    api.get<TRdTaskSummary>(`/rd/tasks/${id}/summary`, { basis }),
  deductions: (id: number) => api.get<TRdDeductions>(`/rd/tasks/${id}/deductions`),
  trend: () => api.get<TRdTrendPoint[]>('/rd/trend'),
  exportTrend: () => api.download('/rd/trend/export'),
  exportTask: (id: number, view: RdExportView, basis?: 'approved' | 'reported') =>
    api.download(`/rd/tasks/${id}/export`, { view, basis }),
  checkRules: () => api.get<TRdCheckRule[]>('/rd/check-rules'),
  updateCheckRule: (code: string, body: TRdCheckRuleUpdate) => api.put<TRdCheckRule>(`/rd/check-rules/${code}`, body),
  indicators: (period: string) => api.get<TIndicatorValue[]>('/rd/indicators', { code: 'gdp', period }),
  saveIndicator: (body: TIndicatorRequest & { version?: number }) => api.put<TIndicatorValue>('/rd/indicators', body),
  form: (id: number) => api.get<TRdForm>(`/rd/units/${id}`),
  saveForm: (id: number, body: Record<string, unknown>) => api.put<TRdForm>(`/rd/units/${id}`, body),
  submit: (id: number, version: number) => api.post<TRdForm>(`/rd/units/${id}/submit`, { version }),
  approve: (id: number, version: number) => api.post<TRdForm>(`/rd/units/${id}/approve`, { version }),
  returnForm: (id: number, version: number, reason: string) =>
    api.post<TRdForm>(`/rd/units/${id}/return`, { version, reason }),
  myReports: () => api.get<TRdMyReport[]>('/rd/my-reports'),
  /** 我的填报: the forms, the current one, and the current period's county totals once published. */
  myOverview: () => api.get<TRdMyOverview>('/rd/my-overview'),
};
