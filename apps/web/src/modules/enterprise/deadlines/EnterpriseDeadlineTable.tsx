import { Link } from 'react-router-dom';
import type { ProColumns } from '@ant-design/pro-components';
import { Space, Tag } from 'antd';
import type { TEnterpriseDeadline } from '@kechuang/domain';
import { DeadlineTable } from '../../../ui/deadlines/DeadlineTable';
import { poolApi } from '../pool.api';

const KINDS: Record<string, string> = { 'annual-report': '年度报表', 'annual-update': '年度更新', expiry: '资格到期' };

const columns: ProColumns<TEnterpriseDeadline>[] = [
  {
    title: '企业',
    dataIndex: 'enterpriseName',
    width: 240,
    render: (_d, r) => <Link to={`/enterprise/${r.enterpriseId}`}>{r.enterpriseName}</Link>,
  },
  {
    title: '事项',
    dataIndex: 'title',
    width: 300,
    render: (_d, r) => (
      <Space size={6}>
        <Tag bordered={false}>{KINDS[r.kind] ?? r.kind}</Tag>
        {r.title}
      </Space>
    ),
  },
  { title: '逾期后果', dataIndex: 'consequence', ellipsis: true },
];

/** 到期提醒: 高企年报, 科小年度更新 and certificate expiries of the enterprises in scope. */
export function EnterpriseDeadlineTable() {
  return (
    <DeadlineTable<TEnterpriseDeadline>
      headerTitle="将到期事项"
      columns={columns}
      load={poolApi.deadlines}
      rowKey={(r) => `${r.enterpriseId}-${r.kind}-${r.due}`}
      within={{ options: [30, 60, 120, 365], initial: 120 }}
    />
  );
}
