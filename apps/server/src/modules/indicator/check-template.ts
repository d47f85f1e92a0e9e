import { FACT_KEYS, formulaReferences, parseFormula, type IndicatorTemplateInput } from '@kechuang/domain';
import { AppError } from '../../platform/errors';

/**
 * Refuses a template whose formula names a fact no module states, or a hand-entered indicator the template does
 * not define as `manual` (400 naming the indicator and the field; nothing is written).
 */
export function assertTemplateReferences(input: IndicatorTemplateInput): void {
  const manual = new Set(input.definitions.filter((d) => d.source === 'manual').map((d) => d.key));
  input.definitions.forEach((d, i) => {
    if (d.source !== 'fact' || !d.formula) return;
    const { factKeys, manualKeys } = formulaReferences(parseFormula(d.formula));
    const field = `definitions.${i}.formula`;
    const unknown = factKeys.find((k) => !FACT_KEYS.has(k));
    if (unknown) {
      throw new AppError(
        'VALIDATION_FAILED',
        `指标“${d.name}”的计算公式（${field}）引用了不存在的报告事实 ${unknown}`,
        {
          field,
        },
      );
    }
    const missing = manualKeys.find((k) => !manual.has(k));
    if (missing) {
      throw new AppError(
        'VALIDATION_FAILED',
        `指标“${d.name}”的计算公式（${field}）引用的 @${missing} 须是本模板中手工录入的指标`,
        { field },
      );
    }
  });
}
