import { formatWanText, formatYuanText } from '../platform/money-format';
import type { TFundingKindTotal } from './project-responses.contract';

/**
 * The ledger's totals as one line people read, kind by kind with the source levels of each:
 * '下达资金 270.00 万元（省级 200.00 万元、县级 70.00 万元）；企业自筹配套 30.00 万元'. No grand total: kinds do not add up.
 * An export's title gives them in 元, exact to the 分 (`unit: 'yuan'`).
 */
export function fundingKindTotalsText(totals: readonly TFundingKindTotal[], unit: 'wan' | 'yuan' = 'wan'): string {
  const money = unit === 'wan' ? formatWanText : formatYuanText;
  if (totals.length === 0) return '无资金记录';
  return totals
    .map((t) => {
      const parts =
        t.bySource.length > 1 ? `（${t.bySource.map((s) => `${s.label} ${money(s.amount)}`).join('、')}）` : '';
      const only = t.bySource.length === 1 ? `（${t.bySource[0].label}）` : '';
      return `${t.label} ${money(t.amount)}${parts || only}`;
    })
    .join('；');
}
