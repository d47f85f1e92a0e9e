import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { TAwardProgramme } from '@kechuang/domain';
import { Link } from 'react-router-dom';
import { pickFilters, tableRequest } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { awardApi, PROGRAMME_FILTERS, PROGRAMME_SORTABLE } from './award.api';
import { ProgrammeFormDrawer } from './ProgrammeFormDrawer';
import { useAwardLabels, valueEnumOf } from './use-award-labels';
import { useListColumns } from '../../ui/list-columns';

type Dialog = { kind: 'create' } | { kind: 'edit'; record: TAwardProgramme } | null;

/** 奖励评选: the programmes the bureau organises nominations for, with their nomination and winner counts. */
export function ProgrammeTable({ ids }: { ids?: string }) {
  const actionRef = useRef<ActionType>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const canWrite = useCan('award:write');
  const labels = useAwardLabels();
  const saved = () => {
    setDialog(null);
    actionRef.current?.reload();
  };

  const columns: ProColumns<TAwardProgramme>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '评选名称、主办单位' } },
    { title: '评选名称', dataIndex: 'name', search: false, sorter: true, width: 300 },
    {
      title: '年度',
      dataIndex: 'year',
      valueType: 'digit',
      sorter: true,
      width: 90,
      fieldProps: { precision: 0 },
      render: (_d, r) => r.year,
    },
    { title: '级别', dataIndex: 'level', valueEnum: valueEnumOf(labels.levels), width: 90 },
    { title: '主办单位', dataIndex: 'organiser', search: false, width: 160, ellipsis: true },
    {
      title: '奖项类别',
      dataIndex: 'categories',
      search: false,
      render: (_d, r) => (
        <Space size={4} wrap>
          {r.categories.map((c) => (
            <Tag key={c} bordered={false}>
              {labels.categories[c] ?? c}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: '推荐 / 获奖',
      dataIndex: 'winners',
      search: false,
      width: 110,
      align: 'right',
      render: (_d, r) => (
        <Link to={`/award/nominations?programmeId=${r.id}`}>
          {r.nominations} / {r.winners}
        </Link>
      ),
    },
    {
      title: '操作',
      valueType: 'option',
      width: 80,
      render: (_d, r) =>
        canWrite && <Typography.Link onClick={() => setDialog({ kind: 'edit', record: r })}>编辑</Typography.Link>,
    },
  ];

  const listColumns = useListColumns('award.programmes', columns);

  return (
    <>
      <ProTable<TAwardProgramme>
        rowKey="id"
        headerTitle={ids ? '奖励评选（报告引用的记录）' : '奖励评选'}
        actionRef={actionRef}
        params={{ ids }}
        request={tableRequest<TAwardProgramme>((query) => awardApi.programmes(query), {
          filters: pickFilters(...PROGRAMME_FILTERS),
          sortable: PROGRAMME_SORTABLE,
        })}
        {...listColumns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        form={{ name: 'award-programme-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => [
          canWrite && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              登记评选
            </Button>
          ),
        ]}
      />
      {dialog?.kind === 'create' && (
        <ProgrammeFormDrawer record={null} onClose={() => setDialog(null)} onSaved={saved} />
      )}
      {dialog?.kind === 'edit' && (
        <ProgrammeFormDrawer
          key={dialog.record.id}
          record={dialog.record}
          onClose={() => setDialog(null)}
          onSaved={saved}
        />
      )}
    </>
  );
}
