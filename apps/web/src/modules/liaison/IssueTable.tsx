import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Space, Tag, Typography } from 'antd';
import {
  issueTransitionsFrom,
  LIAISON_ISSUE_STATE_LABELS,
  LIAISON_ISSUE_STATES,
  type LiaisonIssueActor,
  type LiaisonIssueTransition,
  type TLiaisonIssue,
} from '@kechuang/domain';
import { pickFilters, tableRequest, type TableQuery } from '../../ui/table-request';
import { IssueMoveModal } from './IssueMoveModal';
import { ExportListButton } from './ExportListButton';
import { liaisonApi } from './liaison.api';

const STATE_COLOR = { pending: 'default', handling: 'processing', closed: 'warning', confirmed: 'success' } as const;

interface Props {
  /** Who acts from this table: the bureau (问题办理) or the enterprise (我的诉求). */
  actor: LiaisonIssueActor;
  ids?: string;
  /** Only overdue issues (a reminder's link: ?overdue=true). */
  overdue?: string;
}

/** 问题办理 / 我的诉求: the issues with their state, due date and answer, and the moves this actor may make. */
export function IssueTable({ actor, ids, overdue }: Props) {
  const actionRef = useRef<ActionType>(undefined);
  const filterRef = useRef<TableQuery>({});
  const [moving, setMoving] = useState<{ issue: TLiaisonIssue; move: LiaisonIssueTransition } | null>(null);
  const staff = actor === 'staff';
  const columns: ProColumns<TLiaisonIssue>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '企业或问题' } },
    {
      title: '状态',
      dataIndex: 'status',
      width: 140,
      valueEnum: Object.fromEntries(LIAISON_ISSUE_STATES.map((s) => [s, { text: LIAISON_ISSUE_STATE_LABELS[s] }])),
      render: (_d, r) => (
        <Space size={2}>
          <Tag color={STATE_COLOR[r.status]}>{LIAISON_ISSUE_STATE_LABELS[r.status]}</Tag>
          {r.overdue && <Tag color="error">逾期</Tag>}
        </Space>
      ),
    },
    ...(staff
      ? ([
          { title: '逾期', dataIndex: 'overdue', hideInTable: true, valueEnum: { true: { text: '仅逾期' } } },
          { title: '企业', dataIndex: 'enterpriseName', search: false, width: 200, ellipsis: true },
        ] as ProColumns<TLiaisonIssue>[])
      : []),
    { title: '问题', dataIndex: 'content', search: false, ellipsis: true, width: 280 },
    { title: '责任部门', dataIndex: 'departmentLabel', search: false, width: 90 },
    { title: '办理时限', dataIndex: 'dueOn', search: false, sorter: true, width: 110 },
    { title: '办理答复', dataIndex: 'answer', search: false, ellipsis: true, width: 200, hideInTable: staff },
    {
      title: '操作',
      valueType: 'option',
      width: staff ? 90 : 150,
      render: (_d, r) =>
        issueTransitionsFrom(r.status, actor).map((m) => (
          <Typography.Link key={m.to} onClick={() => setMoving({ issue: r, move: m })}>
            {m.label}
          </Typography.Link>
        )),
    },
  ];
  return (
    <>
      <ProTable<TLiaisonIssue>
        rowKey="id"
        headerTitle={staff ? (ids ? '企业诉求（报告引用的记录）' : '企业诉求办理') : '我的诉求'}
        actionRef={actionRef}
        params={{ ids, overdue }}
        request={tableRequest<TLiaisonIssue>(
          (query, filter) => {
            filterRef.current = filter;
            return liaisonApi.issues(query);
          },
          {
            filters: pickFilters('keyword', 'status', 'overdue', 'ids'),
            sortable: ['dueOn'],
          },
        )}
        columns={columns}
        search={{ labelWidth: 'auto' }}
        form={{ name: `liaison-issue-search-${actor}` }}
        toolBarRender={() =>
          staff
            ? [
                <ExportListButton
                  key="export"
                  load={() => liaisonApi.exportIssues(filterRef.current)}
                  fileName="企业诉求.xlsx"
                />,
              ]
            : []
        }
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        // Content columns keep their width on a phone (the table scrolls sideways there, not at 1366 px).
        scroll={{ x: 960 }}
        expandable={{
          expandedRowRender: (r) => (
            <Typography.Paragraph style={{ margin: 0 }}>
              {r.enterpriseName} · {r.categoryLabel} · 提出于 {r.raisedOn}（{r.cadreName}）
              {r.answer && (
                <>
                  <br />
                  办理答复：{r.answer}
                </>
              )}
            </Typography.Paragraph>
          ),
        }}
      />
      {moving && (
        <IssueMoveModal
          issue={moving.issue}
          move={moving.move}
          onClose={() => setMoving(null)}
          onDone={() => {
            setMoving(null);
            actionRef.current?.reload();
          }}
        />
      )}
    </>
  );
}
