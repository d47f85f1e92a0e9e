import type {
  HighTechResult,
  TechSmeResult,
  THighTechInput,
  TRdDeductionAssessment,
  TRdDeductionAssessmentRequest,
  TTechSmeInput,
} from '@kechuang/domain';
import { api } from '../../api/client';

// The server runs the same pure engines the domain exports; calling it keeps one source of truth for the rules.
export const assessmentApi = {
  techSme: (body: TTechSmeInput) => api.post<TechSmeResult>('/assessments/tech-sme', body),
  highTech: (body: THighTechInput) => api.post<HighTechResult>('/assessments/high-tech', body),
  rdDeduction: (body: TRdDeductionAssessmentRequest) =>
    api.post<TRdDeductionAssessment>('/assessments/rd-deduction', body),
};
