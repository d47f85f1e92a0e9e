import type { SourceRef } from '../rules/tables/source';
import { ACHIEVEMENT_CATEGORY_LABELS, type AchievementCategory } from './achievement.enums';

/** The type flag of a 类别 in the 批准登记号. */
export interface RegistrationFlagRow extends SourceRef {
  readonly category: AchievementCategory;
  readonly flag: string;
}

/**
 * 科技成果批准登记号 (docs/rules.md §4.4, [S48]): 12 characters — 地方/部门代码 (3) + year (4) + type flag (1) +
 * serial (4). `Y` for 应用技术 is read in the source; `J` and `R` for the other two are the product's assumption.
 */
export const REGISTRATION_FLAGS: readonly RegistrationFlagRow[] = [
  { category: 'applied', flag: 'Y', source: 'S48', doc: '科技成果登记表填写说明', confidence: '✔' },
  { category: 'basic', flag: 'J', source: 'rules.md §4.4', doc: '科技成果登记表填写说明', confidence: '✖' },
  { category: 'soft', flag: 'R', source: 'rules.md §4.4', doc: '科技成果登记表填写说明', confidence: '✖' },
];

const PATTERN = /^([0-9A-Z]{3})(\d{4})([A-Z])(\d{4})$/;

/**
 * What is wrong with a 登记号 for a registration of this 类别 dated `registeredOn`, or null when it is right: the
 * pattern, the year of the registration date, and the 类别's type flag. Every message names 登记号.
 */
export function registrationNoProblem(no: string, category: AchievementCategory, registeredOn: string): string | null {
  const m = PATTERN.exec(no);
  const shape = '登记号须为 12 位：地方或部门代码 3 位 + 年份 4 位 + 类型标志 1 位 + 流水号 4 位';
  if (!m) return `${shape}（如 9402022Y0001），“${no}”不符合`;
  const [, , year, flag, serial] = m;
  if (year !== registeredOn.slice(0, 4)) return `登记号中的年份 ${year} 与登记日期 ${registeredOn} 的年份不一致`;
  const expected = REGISTRATION_FLAGS.find((r) => r.category === category)!.flag;
  if (flag !== expected) {
    return `登记号的类型标志须为 ${expected}（${ACHIEVEMENT_CATEGORY_LABELS[category]}），“${no}”为 ${flag}`;
  }
  if (serial === '0000') return '登记号的流水号不能为 0000';
  return null;
}
