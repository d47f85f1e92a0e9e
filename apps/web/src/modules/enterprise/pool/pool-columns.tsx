import { Link } from 'react-router-dom';
import type { ProColumns } from '@ant-design/pro-components';
import { Tag, Tooltip } from 'antd';
import '../enterprise.css';
import type { PoolTarget, TPoolEntry } from '@kechuang/domain';

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
      render: (_d, r) => (r.scoreRange ? `${r.scoreRange[0]}–${r.scoreRange[1]}` : (r.score ?? '-')),
    },
    {
      title: '判断',
      dataIndex: 'candidate',
      width: 90,
      render: (_d, r) =>
        r.candidate ? (
          <Tag color="green" bordered={false}>
            候选
          </Tag>
        ) : (
          <Tooltip title={r.summary}>
            <Tag bordered={false}>尚有差距</Tag>
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
