import type { TechPlatformState } from './tech-platform.enums';

export interface PlatformDates {
  status: TechPlatformState;
  preparingFrom?: string | null;
  establishedOn?: string | null;
  recognizedOn?: string | null;
  documentNo?: string | null;
}

export interface PlatformDateProblem {
  field: 'preparingFrom' | 'establishedOn' | 'recognizedOn' | 'documentNo';
  message: string;
}

/**
 * What a platform in a state must carry, so the report can date it: 筹备 its 筹备起始日期, 建设中 its 成立（组建）日期,
 * 已认定 its 认定日期 and 认定文号; and the dates in order (筹备 ≤ 成立 ≤ 认定).
 */
export function platformDateProblems(p: PlatformDates): PlatformDateProblem[] {
  const out: PlatformDateProblem[] = [];
  if (p.status === 'preparing' && !p.preparingFrom) {
    out.push({ field: 'preparingFrom', message: '筹备中的平台须填写筹备起始日期' });
  }
  if (p.status === 'building' && !p.establishedOn) {
    out.push({ field: 'establishedOn', message: '建设中的平台须填写成立（组建）日期' });
  }
  if (p.status === 'recognized') {
    if (!p.recognizedOn) out.push({ field: 'recognizedOn', message: '已认定的平台须填写认定日期' });
    if (!p.documentNo) out.push({ field: 'documentNo', message: '已认定的平台须填写认定文号' });
  }
  if (p.preparingFrom && p.establishedOn && p.establishedOn < p.preparingFrom) {
    out.push({ field: 'establishedOn', message: '成立（组建）日期不能早于筹备起始日期' });
  }
  if (p.establishedOn && p.recognizedOn && p.recognizedOn < p.establishedOn) {
    out.push({ field: 'recognizedOn', message: '认定日期不能早于成立（组建）日期' });
  }
  return out;
}

/**
 * The status history a platform registered after the fact starts with, from its dates: 筹备 from its 筹备起始日期,
 * 建设中 from its 成立日期, 已认定 from its 认定日期 — each up to the status it is registered in.
 */
export function initialHistory(
  p: PlatformDates,
): { from: TechPlatformState | null; to: TechPlatformState; on: string }[] {
  const steps: [TechPlatformState, string | null | undefined][] = [
    ['preparing', p.preparingFrom],
    ['building', p.establishedOn],
    ['recognized', p.recognizedOn],
  ];
  const upTo = steps.findIndex(([s]) => s === p.status);
  const out: { from: TechPlatformState | null; to: TechPlatformState; on: string }[] = [];
  steps.slice(0, upTo + 1).forEach(([state, on], i) => {
    // The registered status always has a row (its date is required by platformDateProblems).
    if (!on && i !== upTo) return;
    out.push({ from: out.at(-1)?.to ?? null, to: state, on: on! });
  });
  return out;
}
