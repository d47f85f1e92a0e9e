import type { DemandState } from '@kechuang/domain';

/** The tag colour of each demand state. */
export const DEMAND_STATE_COLORS: Record<DemandState, string> = {
  draft: 'default',
  submitted: 'processing',
  reviewing: 'gold',
  selected: 'green',
  not_selected: 'default',
  published: 'red',
  bidding: 'orange',
  signed: 'purple',
  implementing: 'blue',
  accepted: 'success',
  failed: 'error',
  terminated: 'default',
};
