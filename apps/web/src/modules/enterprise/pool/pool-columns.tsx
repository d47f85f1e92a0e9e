import { Link } from 'react-router-dom';
import type { ProColumns } from '@ant-design/pro-components';
import { Tag, Tooltip } from 'antd';
import '../enterprise.css';
import { POOL_STANDING_LABELS, type PoolStanding, type PoolTarget, type TPoolEntry } from '@kechuang/domain';

const STANDING_COLOR: Record<PoolStanding, string | undefined> = {
  candidate: 'green',
  gap: undefined,
  insufficient: 'orange',
};

/** Columns of 培育库: candidates are tagged, and each row lists what the enterprise still lacks. */
export function poolColumns(target: PoolTarget): ProColumns<TPoolEntry>[] {
  return [
    {
      title: '企业',
      dataIndex: 'name',
      width: 230,
      render: (_d, r) => <Link to={`/enterprise/${r.enterpriseId}`}>{r.name}</Link>,
    },
    { title: '乡镇', dataIndex: 'townshipName', width: 90, render: (_d, r) => r.townshipName ?? '-' },
    { title: '数据年度', dataIndex: 'year', width: 90 },
    {
      title: target === 'high_tech' ? '创新能力（分）' : '评价得分',
      dataIndex: 'score',
      width: 120,
      // 高企's innovation points need facts the register does not hold: the self-assessment gives them.
      render: (_d, r) =>
        r.scoreRange ? `${r.scoreRange[0]}–${r.scoreRange[1]}` : (r.score ?? (target === 'high_tech' ? '待自评' : '-')),
    },
    {
      title: '判断',
      dataIndex: 'standing',
      width: 90,
      render: (_d, r) => (
        <Tooltip title={r.summary}>
          <Tag color={STANDING_COLOR[r.standing]} bordered={false}>
            {POOL_STANDING_LABELS[r.standing]}
          </Tag>
        </Tooltip>
      ),
    },
    {
      title: '缺什么',
      dataIndex: 'lacking',
      render: (_d, r) =>
        r.lacking.length ? (
          <ul className="kc-lacking">
            {r.lacking.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        ) : (
          <span style={{ color: '#389e0d' }}>各项条件均已满足</span>
        ),
    },
  ];
}
