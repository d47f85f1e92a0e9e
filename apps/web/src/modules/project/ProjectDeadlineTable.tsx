import { Link } from 'react-router-dom';
import type { ProColumns } from '@ant-design/pro-components';
import { Tag } from 'antd';
import type { ProjectDeadlineKind, TProjectDeadline } from '@kechuang/domain';
import { DeadlineTable } from '../../ui/deadlines/DeadlineTable';
import { projectApi } from './project.api';

const KINDS: Record<ProjectDeadlineKind, { label: string; color: string }> = {
  'call-closing': { label: '批次截止', color: 'blue' },
  'midterm-due': { label: '中期检查', color: 'orange' },
  'acceptance-due': { label: '验收到期', color: 'purple' },
};
const KIND_LABELS = Object.fromEntries(Object.entries(KINDS).map(([k, v]) => [k, v.label])) as Record<
  ProjectDeadlineKind,
  string
>;

const columns: ProColumns<TProjectDeadline>[] = [
  {
    title: '类型',
    dataIndex: 'kind',
    width: 100,
    render: (_d, r) => (
      <Tag bordered={false} color={KINDS[r.kind].color}>
        {KINDS[r.kind].label}
      </Tag>
    ),
  },
  {
    title: '事项',
    dataIndex: 'title',
    ellipsis: true,
    render: (_d, r) => (
      <Link to={r.applicationId ? `/project/applications/${r.applicationId}` : `/project/calls?id=${r.callId}`}>
        {r.title}
      </Link>
    ),
  },
  {
    title: '承担单位',
    dataIndex: 'enterpriseName',
    width: 220,
    render: (_d, r) => (r.enterpriseId ? <Link to={`/enterprise/${r.enterpriseId}`}>{r.enterpriseName}</Link> : '—'),
  },
];

/** 项目期限: calls closing, mid-term checks and acceptances due, filterable by kind. */
export function ProjectDeadlineTable() {
  return (
    <DeadlineTable<TProjectDeadline, ProjectDeadlineKind>
      headerTitle="项目期限"
      columns={columns}
      load={projectApi.deadlines}
      rowKey={(r) => `${r.kind}-${r.applicationId ?? r.callId}-${r.due}`}
      within={{ options: [7, 30, 60, 120, 365], initial: 30 }}
      kinds={{ labels: KIND_LABELS, of: (r) => r.kind }}
    />
  );
}
