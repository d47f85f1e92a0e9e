import { Space, Tag, Tooltip } from 'antd';
import { STAGE_LABELS, TIER_LABELS, type Stage, type TEnterprise, type Tier } from '@kechuang/domain';
import { STAGE_COLOR, TIER_SHORT } from './stage-style';

type TierState = TEnterprise['tiers'][number];

/** The latest record per tier as compact tags (高企·申报), coloured by stage; '-' when the enterprise has none. */
export function TierTags({ tiers }: { tiers: TierState[] }) {
  if (tiers.length === 0) return <span style={{ color: 'rgba(0,0,0,0.45)' }}>-</span>;
  return (
    <Space size={[4, 4]} wrap>
      {tiers.map((t) => (
        <Tooltip
          key={t.tier}
          title={`${TIER_LABELS[t.tier as Tier] ?? t.tier}（${t.year} 年）：${STAGE_LABELS[t.stage as Stage] ?? t.stage}`}
        >
          <Tag color={STAGE_COLOR[t.stage as Stage]} bordered={false} style={{ marginInlineEnd: 0 }}>
            {TIER_SHORT[t.tier as Tier] ?? t.tier}·{STAGE_LABELS[t.stage as Stage] ?? t.stage}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}
