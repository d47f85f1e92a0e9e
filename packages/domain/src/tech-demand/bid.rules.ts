import * as exact from '../rules/exact';
import { PAYMENT_PARTY_LABELS } from './bid.contract';

// The money rules of a 揭榜 contract (docs/rules.md §5.2): the planned payments stay within the contract amount, and
// what is paid against a milestone within what it plans. Exact decimals, never floats.

interface PlannedMilestone {
  title: string;
  payEnterprise: string;
  payCounty: string;
  payOther: string;
}

/** A milestone's planned payment of every party together. */
export function plannedOf(m: PlannedMilestone): exact.Ratio {
  return exact.sum([m.payEnterprise, m.payCounty, m.payOther].map((x) => exact.parseDecimal(x)));
}

/**
 * The first milestone whose payments take the running total past the contract amount, with the Chinese refusal,
 * or null when all of them fit.
 */
export function milestoneOverContract(
  amount: string,
  milestones: readonly PlannedMilestone[],
): { index: number; message: string } | null {
  const limit = exact.parseDecimal(amount);
  let total = exact.ratio(0n);
  for (const [index, m] of milestones.entries()) {
    total = exact.add(total, plannedOf(m));
    if (exact.cmp(total, limit) > 0) {
      return {
        index,
        message: `里程碑“${m.title}”的付款使各里程碑付款合计 ${exact.formatFixed(total, 2, 'half-up')} 元，超过合同金额 ${exact.formatFixed(limit, 2, 'half-up')} 元`,
      };
    }
  }
  return null;
}

/** The refusal of a payment that would take a milestone's paid total past its plan, or null. */
export function paymentOverMilestone(
  m: PlannedMilestone & { paid: string },
  amount: string,
  party: keyof typeof PAYMENT_PARTY_LABELS,
): string | null {
  const after = exact.add(exact.parseDecimal(m.paid), exact.parseDecimal(amount));
  const planned = plannedOf(m);
  if (exact.cmp(after, planned) <= 0) return null;
  return `${PAYMENT_PARTY_LABELS[party]}本次付款 ${amount} 元后，里程碑“${m.title}”已付 ${exact.formatFixed(after, 2, 'half-up')} 元，超过计划付款 ${exact.formatFixed(planned, 2, 'half-up')} 元`;
}
