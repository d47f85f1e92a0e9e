import { reportPeriod } from '@kechuang/domain';

/** The periods a report can be generated for, newest first: each half-year and each year from 2020 to this year. */
export function periodOptions(today = new Date()): { value: string; label: string }[] {
  const options: { value: string; label: string }[] = [];
  for (let year = today.getFullYear(); year >= 2020; year--) {
    for (const code of [`${year}H2`, `${year}H1`, `${year}`]) {
      options.push({ value: code, label: periodLabel(code) });
    }
  }
  return options;
}

/** 2022H1 → 2022年上半年 (the code itself when it names no period). */
export function periodLabel(code: string): string {
  return reportPeriod(code)?.label ?? code;
}
