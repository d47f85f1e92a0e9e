import { z } from 'zod';
import { toDayNumber } from '../calendar/dates';

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What is wrong with a 'YYYY-MM-DD' date, or null when it is a real calendar day (2024-02-29 yes, 2023-02-29
 * and 2022-02-30 no, so PostgreSQL never sees an impossible date). Messages name the field.
 */
export function dateProblem(label: string, text: string): string | null {
  if (!DATE_RE.test(text)) return `${label}格式须为 YYYY-MM-DD，如 2021-03-15`;
  try {
    toDayNumber(text);
    return null;
  } catch {
    return `${label}不是有效日期：${text}`;
  }
}

/** The one schema for a calendar date 'YYYY-MM-DD' that exists; e.g. `zDate('成立日期')`. */
export function zDate(label: string) {
  return z
    .string({
      error: (iss) => (iss.input === undefined ? `请填写${label}` : `${label}格式须为 YYYY-MM-DD，如 2021-03-15`),
    })
    .superRefine((s, ctx) => {
      const problem = dateProblem(label, s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}
