import type { z } from 'zod';
import type {
  TRdForm,
  TRdTask,
  ZIndicatorValue,
  ZRdCheckRuleRow,
  ZRdCheckRuleUpdate,
  ZRdCompletion,
  ZRdDeductions,
  ZRdMyReport,
  ZRdTaskFinding,
  ZRdTaskSummary,
  ZRdTrendPoint,
} from '@kechuang/domain';
import { api } from '../../api/client';

export type TRdCompletion = z.infer<typeof ZRdCompletion>;
export type TRdTaskFinding = z.infer<typeof ZRdTaskFinding>;
export type TRdTaskSummary = z.infer<typeof ZRdTaskSummary>;
export type TRdTrendPoint = z.infer<typeof ZRdTrendPoint>;
export type TRdDeductions = z.infer<typeof ZRdDeductions>;
/** The views GET /rd/tasks/:id/export builds. */
export type RdExportView =
  'units' | 'findings' | 'completion' | 'township' | 'industry' | 'tier' | 'performer' | 'deductions';
export type TRdMyReport = z.infer<typeof ZRdMyReport>;
export type TRdCheckRule = z.infer<typeof ZRdCheckRuleRow>;
export type TIndicatorValue = z.infer<typeof ZIndicatorValue>;

export interface RdTaskBody {
  title: string;
  period: string;
  dueDate: string;
  units: { picks: string[]; tags: string[]; enterpriseIds: number[] };
  remark?: string | null;
}

/** The one set of calls the R&D pages make (amounts are decimal strings in 元). */
export const rdApi = {
  task: (id: number) => api.get<TRdTask>(`/rd/tasks/${id}`),
  createTask: (body: RdTaskBody) =>
    api.post<TRdTask & { skipped: { enterpriseName: string; reason: string }[] }>('/rd/tasks', body),
  moveTask: (id: number, move: 'open' | 'close' | 'reopen', version: number) =>
    api.post<TRdTask>(`/rd/tasks/${id}/${move}`, { version }),
  publish: (id: number, version: number, published: boolean) =>
    api.post<TRdTask>(`/rd/tasks/${id}/publish`, { version, published }),
  remind: (id: number) => api.post<{ jobId: number }>(`/rd/tasks/${id}/remind`, {}),
  addUnits: (id: number, version: number, enterpriseIds: number[]) =>
    api.post<{ added: number; skipped: { enterpriseName: string; reason: string }[] }>(`/rd/tasks/${id}/units`, {
      version,
      units: { picks: [], tags: [], enterpriseIds },
    }),
  removeUnit: (taskId: number, unitId: number, version: number) =>
    api.del<TRdTask>(`/rd/tasks/${taskId}/units/${unitId}?version=${version}`),
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
  updateCheckRule: (code: string, body: z.infer<typeof ZRdCheckRuleUpdate>) =>
    api.put<TRdCheckRule>(`/rd/check-rules/${code}`, body),
  indicators: (period: string) => api.get<TIndicatorValue[]>('/rd/indicators', { code: 'gdp', period }),
  saveIndicator: (body: { code: 'gdp'; period: string; value: string; source: string; version?: number }) =>
    api.put<TIndicatorValue>('/rd/indicators', body),
  form: (id: number) => api.get<TRdForm>(`/rd/units/${id}`),
  saveForm: (id: number, body: Record<string, unknown>) => api.put<TRdForm>(`/rd/units/${id}`, body),
  submit: (id: number, version: number) => api.post<TRdForm>(`/rd/units/${id}/submit`, { version }),
  approve: (id: number, version: number) => api.post<TRdForm>(`/rd/units/${id}/approve`, { version }),
  returnForm: (id: number, version: number, reason: string) =>
    api.post<TRdForm>(`/rd/units/${id}/return`, { version, reason }),
  myReports: () => api.get<TRdMyReport[]>('/rd/my-reports'),
};
