import { cmp, parseDecimal } from '../../rules/exact';
import type { TEvalSchemeDefinition } from './evaluation-scheme.schema';

/** One refusal of the operator's figures, naming the indicator data item. */
export interface EvalDataProblem {
  field: string;
  message: string;
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Checks the year's figures against the scheme (docs/rules.md §5.4): no unknown item, each a number within the
 * item's range with at most its decimals, and not above the item it is part of. A draft may leave items empty; a
 * submission needs all of them.
 */
export function checkIndicatorData(
  def: TEvalSchemeDefinition,
  data: Record<string, unknown>,
  mode: 'draft' | 'submit',
): EvalDataProblem[] {
  const problems: EvalDataProblem[] = [];
  const known = new Set(def.fields.map((f) => f.key));
  for (const k of Object.keys(data)) {
    if (!known.has(k)) problems.push({ field: k, message: `指标体系中没有数据项“${k}”` });
  }
  const filled = (k: string) => data[k] !== undefined && data[k] !== null && String(data[k]).trim() !== '';
  for (const f of def.fields) {
    const name = `“${f.label}”`;
    if (!filled(f.key)) {
      if (mode === 'submit') problems.push({ field: f.key, message: `${name}未填写` });
      continue;
    }
    const s = String(data[f.key]).trim();
    if (!NUMBER.test(s)) {
      problems.push({ field: f.key, message: `${name}须为数字` });
      continue;
    }
    const decimals = s.split('.')[1]?.length ?? 0;
    if (decimals > f.decimals) {
      const allowed = f.decimals === 0 ? '须为整数' : `最多 ${f.decimals} 位小数`;
      problems.push({ field: f.key, message: `${name}${allowed}` });
      continue;
    }
    const v = parseDecimal(s);
    if (cmp(v, parseDecimal(f.min)) < 0 || cmp(v, parseDecimal(f.max)) > 0) {
      problems.push({ field: f.key, message: `${name} ${s} 超出范围 ${f.min}～${f.max}${f.unit}` });
      continue;
    }
    const whole = f.notAbove ? def.fields.find((g) => g.key === f.notAbove) : undefined;
    if (whole && filled(whole.key) && NUMBER.test(String(data[whole.key]).trim())) {
      if (cmp(v, parseDecimal(String(data[whole.key]).trim())) > 0) {
        problems.push({
          field: f.key,
          message: `${name} ${s} 不能大于“${whole.label}” ${String(data[whole.key]).trim()}`,
        });
      }
    }
  }
  return problems;
}
