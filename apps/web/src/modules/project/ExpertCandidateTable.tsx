import { Space, Table, Tag, Typography } from 'antd';
import type { TExpertCandidate, TExpertCandidates } from '@kechuang/domain';

interface Props {
  data: TExpertCandidates;
  selected: number[];
  onChange: (ids: number[]) => void;
}

/** Why a candidate cannot be ticked: no profile, a conflict with any of the applicants, or already on every application. */
export function blockedReason(x: TExpertCandidate): string | null {
  if (x.unavailable) return x.unavailable;
  if (x.applications.some((p) => p.conflict)) return '回避';
  if (x.applications.every((p) => p.assigned)) return '已指派';
  return null;
}

/** The candidate experts with employer, fields (matches highlighted), load, and 回避/已指派 marks. */
export function ExpertCandidateTable({ data, selected, onChange }: Props) {
  const many = data.applications.length > 1;
  const titleOf = (id: number) => data.applications.find((a) => a.id === id)?.title ?? '';
  return (
    <Table<TExpertCandidate>
      rowKey="userId"
      size="small"
      pagination={false}
      scroll={{ y: 360 }}
      dataSource={data.experts}
      rowSelection={{
        selectedRowKeys: selected,
        onChange: (keys) => onChange(keys as number[]),
        getCheckboxProps: (x) => ({ disabled: blockedReason(x) !== null, name: x.name }),
      }}
      columns={[
        {
          title: '专家',
          dataIndex: 'name',
          width: 130,
          render: (_d, x) => (
            <Space direction="vertical" size={0}>
              <Typography.Text strong>{x.name}</Typography.Text>
              {x.title && <Typography.Text type="secondary">{x.title}</Typography.Text>}
            </Space>
          ),
        },
        {
          title: '工作单位',
          dataIndex: 'employerName',
          width: 170,
          render: (_d, x) => x.employerName ?? <Typography.Text type="secondary">未填写</Typography.Text>,
        },
        {
          title: '专业领域',
          dataIndex: 'fields',
          render: (_d, x) => {
            const matched = new Set(x.applications.flatMap((p) => p.matchedFields));
            return (
              <Space size={[4, 4]} wrap>
                {x.fields.map((f) => (
                  <Tag key={f} color={matched.has(f) ? 'green' : undefined} bordered={false}>
                    {f}
                  </Tag>
                ))}
              </Space>
            );
          },
        },
        { title: '在评任务', dataIndex: 'activeAssignments', width: 80, align: 'right' },
        {
          title: '状态',
          key: 'status',
          width: 260,
          render: (_d, x) => {
            if (x.unavailable) return <Typography.Text type="secondary">{x.unavailable}</Typography.Text>;
            const conflicts = x.applications.filter((p) => p.conflict);
            const assigned = x.applications.filter((p) => p.assigned);
            return (
              <Space direction="vertical" size={2}>
                {conflicts.map((p) => (
                  <span key={p.applicationId}>
                    <Tag color="red">回避</Tag>
                    <Typography.Text type="danger">
                      {many ? `“${titleOf(p.applicationId)}”：${p.conflict}` : p.conflict}
                    </Typography.Text>
                  </span>
                ))}
                {assigned.length > 0 && (
                  <Tag color="blue">{many ? `已指派 ${assigned.length}/${x.applications.length} 份` : '已指派'}</Tag>
                )}
                {!conflicts.length && !assigned.length && <Typography.Text type="success">可指派</Typography.Text>}
              </Space>
            );
          },
        },
      ]}
    />
  );
}
