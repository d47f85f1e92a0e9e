import type { SourceRef } from '../rules/tables/source';
import type { ChangeType } from './platform-dossier.contract';
import { isIncubationKind } from './tech-platform.enums';

/**
 * A recognised incubator (or 众创空间) reports a change of name, operator, space or site within 3 months
 * (docs/rules.md §5.4) [S54]; the reminder warns this many days ahead.
 */
export const CHANGE_REPORTING = {
  months: 3,
  warnDays: 30,
  source: 'S54',
  doc: '《科技企业孵化器管理办法》（国科发区〔2018〕300号）',
  confidence: '✔',
} as const satisfies SourceRef & { months: number; warnDays: number };

/** The last day to report a change made on `changedOn` (the same day `months` later, or that month's last day). */
export function changeDueOn(changedOn: string, months: number = CHANGE_REPORTING.months): string {
  const [y, m, d] = changedOn.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whether a platform owes change reports: a recognised platform of an incubating kind. */
export const owesChangeReports = (p: { kind: string; status: string }) =>
  isIncubationKind(p.kind) && p.status === 'recognized';

/** The reportable changes between a platform as it was and as it is now, each with its before → after text. */
export function reportableChanges(
  before: PlatformSnapshot,
  after: PlatformSnapshot,
): { type: ChangeType; detail: string }[] {
  const out: { type: ChangeType; detail: string }[] = [];
  const shown = (v: string | null) => v ?? '（空）';
  if (before.name !== after.name) out.push({ type: 'name', detail: `${before.name} → ${after.name}` });
  if (before.operator !== after.operator) {
    out.push({ type: 'operator', detail: `${shown(before.operator)} → ${shown(after.operator)}` });
  }
  if (before.siteArea !== after.siteArea) {
    out.push({ type: 'area', detail: `${shown(before.siteArea)} → ${shown(after.siteArea)} 平方米` });
  }
  if (before.address !== after.address) {
    out.push({ type: 'site', detail: `${shown(before.address)} → ${shown(after.address)}` });
  }
  return out;
}

export interface PlatformSnapshot {
  name: string;
  /** The operating unit's name. */
  operator: string | null;
  siteArea: string | null;
  address: string | null;
}
