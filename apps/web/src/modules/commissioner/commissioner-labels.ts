import {
  COMMISSIONER_LEVEL_LABELS,
  COMMISSIONER_STATE_LABELS,
  type CommissionerLevel,
  type CommissionerState,
} from '@kechuang/domain';

export const levelLabel = (l: string) => COMMISSIONER_LEVEL_LABELS[l as CommissionerLevel] ?? l;
export const stateLabel = (s: string) => COMMISSIONER_STATE_LABELS[s as CommissionerState] ?? s;

export const STATE_COLORS: Record<string, string> = {
  applied: 'default',
  recommended: 'blue',
  reviewed: 'geekblue',
  publicised: 'gold',
  appointed: 'green',
  expired: 'default',
  dismissed: 'red',
};

/** The options of a labelled enum for a ProTable filter. */
export const valueEnumOf = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([k, text]) => [k, { text }]));
