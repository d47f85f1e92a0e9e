import type {
  DeductionEstimate,
  DeductionRatioResult,
  HighTechResult,
  TechSmeResult,
  TDeductionEstimateInput,
  TDeductionRatioInput,
  THighTechInput,
  TTechSmeInput,
} from '@kechuang/domain';
import { api } from '../../api/client';

export interface RdDeductionInput {
  ratio: TDeductionRatioInput;
  estimate: Omit<TDeductionEstimateInput, 'ratio'>;
}

export interface RdDeductionResult {
  ratio: DeductionRatioResult;
  /** null when the ratio is not eligible (negative-list industry, year outside the policy table). */
  estimate: DeductionEstimate | null;
}

// The server runs the same pure engines the domain exports; calling it keeps one source of truth for the rules.
export const assessmentApi = {
  techSme: (body: TTechSmeInput) => api.post<TechSmeResult>('/assessments/tech-sme', body),
  highTech: (body: THighTechInput) => api.post<HighTechResult>('/assessments/high-tech', body),
  rdDeduction: (body: RdDeductionInput) => api.post<RdDeductionResult>('/assessments/rd-deduction', body),
};
