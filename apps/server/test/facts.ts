import { exact, type ReportFact } from '@kechuang/domain';
import type { TestClient } from './harness';

/** Every report fact of the caller's region for a period ('2022H1', '2022'), through GET /facts. */
export async function factsOf(client: TestClient, period: string): Promise<ReportFact[]> {
  const res = await client.get(`/api/v1/facts?period=${period}`);
  if (res.statusCode !== 200) throw new Error(`facts ${period}: ${res.statusCode} ${res.body}`);
  return res.json().facts;
}

/** The facts of one key whose dimensions include `dims`. */
export function factsWhere(facts: ReportFact[], key: string, dims: Record<string, string> = {}): ReportFact[] {
  return facts.filter((f) => f.key === key && Object.entries(dims).every(([k, v]) => f.dimensions[k] === v));
}

/** The exact sum of those facts' values as text with 2 decimals (money) — '0.00' when none. */
export function factSum(facts: ReportFact[], key: string, dims: Record<string, string> = {}): string {
  const sum = factsWhere(facts, key, dims).reduce((s, f) => exact.add(s, exact.parseDecimal(f.value)), exact.ratio(0n));
  return exact.formatFixed(sum, 2, 'half-up');
}
