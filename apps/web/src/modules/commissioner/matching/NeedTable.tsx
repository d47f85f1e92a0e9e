import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { COMMISSIONER_FIELD_DICT, NEED_STATE_LABELS, type NeedState, type TNeed } from '@kechuang/domain';
import { formatDateTime } from '../../../ui/format';
import { pickFilters, tableRequest } from '../../../ui/table-request';
import { dictValueEnum } from '../../dict/dict-value-enum';
import { useDictItems } from '../../dict/use-dict-items';
import { AssignDrawer } from './AssignDrawer';
import { matchingApi, NEED_FILTERS } from './matching.api';
import { NeedFormDrawer } from './NeedFormDrawer';
import { NeedNoteModal } from './NeedNoteModal';
import { useListColumns } from '../../../ui/list-columns';

/** Who looks: staff (all of the region, 指派), the enterprise (its own, 发布 and 关闭), the commissioner (办结). */
export type NeedTableMode = 'staff' | 'enterprise' | 'commissioner';

const STATE_COLORS: Record<NeedState, string> = { open: 'orange', assigned: 'blue', done: 'green', closed: 'default' };

type Dialog = { kind: 'post' } | { kind: 'assign'; need: TNeed } | { kind: 'complete' | 'close'; need: TNeed } | null;

/** 技术需求对接: one list for the three parts, each with its own moves (docs/rules.md §5.1.2). */
export function NeedTable({ mode, ids }: { mode: NeedTableMode; ids?: string }) {
  const actionRef = useRef<ActionType>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const fields = useDictItems(COMMISSIONER_FIELD_DICT);
  const close = () => setDialog(null);
  const saved = () => {
    setDialog(null);
    actionRef.current?.reload();
  };

  const actions = (n: TNeed) => {
    const links = [];
    if (mode === 'staff' && n.status === 'open') {
      links.push(['assign', '推荐并指派'] as const);
    }
    if (mode !== 'enterprise' && n.status === 'assigned') links.push(['complete', '办结'] as const);
    if (mode !== 'commissioner' && n.status === 'open') links.push(['close', '撤回'] as const);
    if (mode !== 'commissioner' && n.status === 'done') links.push(['close', '确认关闭'] as const);
    return (
      <Space>
        {links.map(([kind, label]) => (
          <Typography.Link key={kind} onClick={() => setDialog({ kind, need: n })}>
            {label}
          </Typography.Link>
        ))}
      </Space>
    );
  };

  const columns: ProColumns<TNeed>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '企业名称、问题描述' } },
    {
      title: '发布 / 期望日期',
      dataIndex: 'createdAt',
      search: false,
      width: 130,
      render: (_d, r) => (
        <Space direction="vertical" size={0}>
          <span>{formatDateTime(r.createdAt).slice(0, 10)}</span>
          {r.desiredOn && <Typography.Text type="secondary">期望 {r.desiredOn}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: '企业',
      dataIndex: 'enterpriseName',
      search: false,
      width: 190,
      ellipsis: true,
      hideInTable: mode === 'enterprise',
    },
    {
      title: '技术领域',
      dataIndex: 'field',
      valueType: 'select',
      valueEnum: dictValueEnum(fields),
      width: 110,
      render: (_d, r) => r.fieldLabel ?? r.field,
    },
    {
      title: '问题描述 / 办理情况',
      dataIndex: 'problem',
      search: false,
      render: (_d, r) => (
        <Space direction="vertical" size={0} style={{ width: '100%' }}>
          <Typography.Text ellipsis={{ tooltip: r.problem }}>{r.problem}</Typography.Text>
          {r.doneNote && (
            <Typography.Text type="secondary" ellipsis={{ tooltip: r.doneNote }}>
              办理情况：{r.doneNote}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: '联系人',
      dataIndex: 'contactName',
      search: false,
      width: 140,
      render: (_d, r) => `${r.contactName} ${r.contactPhone ?? ''}`,
    },
    {
      title: '状态',
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: Object.fromEntries(Object.entries(NEED_STATE_LABELS).map(([k, v]) => [k, { text: v }])),
      width: 80,
      render: (_d, r) => <Tag color={STATE_COLORS[r.status]}>{NEED_STATE_LABELS[r.status]}</Tag>,
    },
    {
      title: '科技特派员',
      dataIndex: 'commissionerName',
      search: false,
      width: 100,
      hideInTable: mode === 'commissioner',
      render: (_d, r) => r.commissionerName ?? '-',
    },
    { title: '操作', valueType: 'option', width: 110, fixed: 'right', render: (_d, r) => actions(r) },
  ];

  const title = { staff: '技术需求对接', enterprise: '我的技术需求', commissioner: '我的对接需求' }[mode];
  const listColumns = useListColumns('commissioner.needs', columns);

  return (
    <>
      <ProTable<TNeed>
        rowKey="id"
        headerTitle={title}
        actionRef={actionRef}
        params={{ ids }}
        request={tableRequest<TNeed>(matchingApi.list, { filters: pickFilters(...NEED_FILTERS) })}
        {...listColumns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        form={{ name: `commissioner-needs-${mode}` }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => [
          mode !== 'commissioner' && (
            <Button key="post" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'post' })}>
              {mode === 'staff' ? '代企业发布需求' : '发布技术需求'}
            </Button>
          ),
        ]}
      />
      {dialog?.kind === 'post' && <NeedFormDrawer forEnterprise={mode === 'staff'} onClose={close} onSaved={saved} />}
      {dialog?.kind === 'assign' && <AssignDrawer need={dialog.need} onClose={close} onSaved={saved} />}
      {(dialog?.kind === 'complete' || dialog?.kind === 'close') && (
        <NeedNoteModal need={dialog.need} kind={dialog.kind} onClose={close} onSaved={saved} />
      )}
    </>
  );
}
