import { Tag } from 'antd';
import { ACHIEVEMENT_STATE_LABELS, type AchievementState } from '@kechuang/domain';

const COLORS: Record<AchievementState, string> = {
  draft: 'default',
  submitted: 'processing',
  county_review: 'blue',
  returned: 'warning',
  recommended: 'cyan',
  registered: 'success',
  revoked: 'red',
};

/** A registration's state as a coloured tag. */
export function AchievementStateTag({ state }: { state: AchievementState }) {
  return (
    <Tag color={COLORS[state]} bordered={false} data-testid="achievement-state">
      {ACHIEVEMENT_STATE_LABELS[state]}
    </Tag>
  );
}
