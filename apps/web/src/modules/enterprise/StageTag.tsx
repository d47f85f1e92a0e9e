import { Tag } from 'antd';
import { STAGE_LABELS, type Stage } from '@kechuang/domain';
import { STAGE_COLOR } from './stage-style';

/** One qualification stage as a coloured tag. */
export function StageTag({ stage }: { stage: Stage }) {
  return (
    <Tag color={STAGE_COLOR[stage]} bordered={false}>
      {STAGE_LABELS[stage]}
    </Tag>
  );
}
