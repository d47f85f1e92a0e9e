import { TITLE_LEVELS, type TitleLevel } from './commissioner.enums';

/** A level's eligibility rule as stored in `commissioner_level_rule` (docs/rules.md §5.1). */
export interface CommissionerLevelRule {
  level: string;
  maxAge: number | null;
  /** The lowest 职称 level admitted, or null for none. */
  minTitleLevel: string | null;
  excludedUnitKinds: readonly string[];
  /** Where the values come from (a document, or the bureau's own setting). */
  source: string;
}

export interface EligibilityPerson {
  birthDate: string;
  titleLevel: string;
  unitKind: string;
}

export type EligibilityRuleKey = 'age' | 'title' | 'unitKind';

export interface EligibilityCheck {
  rule: EligibilityRuleKey;
  passed: boolean;
  /** Chinese, citing the rule's source. */
  message: string;
}

export interface EligibilityResult {
  passed: boolean;
  checks: EligibilityCheck[];
}

/** Full years of age on a day: 58 until the day before the 59th birthday. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const rank = (level: string) => TITLE_LEVELS.indexOf(level as TitleLevel);

/**
 * Whether a person may be a commissioner of a level on a day (docs/rules.md §5.1): age at most the rule's maximum
 * on the day, 职称 at least the rule's lowest level, and a sending unit of a kind the rule does not exclude
 * (党政机关 and 参公事业单位, 国办发〔2016〕32号). A rule value left empty checks nothing. Each check explains itself,
 * naming the rule's source.
 */
export function checkEligibility(p: EligibilityPerson, rule: CommissionerLevelRule, on: string): EligibilityResult {
  const cite = `（依据：${rule.source}）`;
  const checks: EligibilityCheck[] = [];
  const age = ageOn(p.birthDate, on);
  if (rule.maxAge !== null) {
    const passed = age <= rule.maxAge;
    checks.push({
      rule: 'age',
      passed,
      message: `${on} 时年龄 ${age} 周岁，${passed ? '不超过' : '超过'}年龄上限 ${rule.maxAge} 周岁${cite}`,
    });
  }
  if (rule.minTitleLevel) {
    const have = rank(p.titleLevel);
    const passed = have >= 0 && have >= rank(rule.minTitleLevel);
    const what = p.titleLevel === '无' ? '无职称' : `职称级别${p.titleLevel}`;
    checks.push({
      rule: 'title',
      passed,
      message: `${what}，${passed ? '达到' : '低于'}最低要求“${rule.minTitleLevel}”${cite}`,
    });
  }
  const excluded = rule.excludedUnitKinds.includes(p.unitKind);
  checks.push({
    rule: 'unitKind',
    passed: !excluded,
    message: excluded
      ? `派出单位类型“${p.unitKind}”的人员不得申请科技特派员${cite}`
      : `派出单位类型“${p.unitKind}”可以申请${cite}`,
  });
  return { passed: checks.every((c) => c.passed), checks };
}
