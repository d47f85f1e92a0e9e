import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import type { TCompetition } from '@kechuang/domain';
import { pickFilters, tableRequest } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { awardApi, COMPETITION_FILTERS, COMPETITION_SORTABLE } from './award.api';
import { CompetitionFormDrawer } from './CompetitionFormDrawer';
import { useAwardLabels, valueEnumOf } from './use-award-labels';
import { useListColumns } from '../../ui/list-columns';

type Dialog = { kind: 'create' } | { kind: 'edit'; record: TCompetition } | null;

/** 创新创业等赛事: competitions by edition and division, with their entry and award counts. */
export function CompetitionTable({ ids }: { ids?: string }) {
  const actionRef = useRef<ActionType>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const canWrite = useCan('award:write');
  const labels = useAwardLabels();
  const saved = () => {
    setDialog(null);
    actionRef.current?.reload();
  };
  const columns: ProColumns<TCompetition>[] = [
    {
      title: '关键字',
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: '大赛名称、赛区、主办单位' },
    },
    { title: '大赛', dataIndex: 'displayName', search: false, width: 340 },
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
    { title: '主办单位', dataIndex: 'organiser', search: false, ellipsis: true },
    {
      title: '参赛 / 获奖',
      dataIndex: 'entries',
      search: false,
      width: 110,
      align: 'right',
      render: (_d, r) => (
        <Link to={`/award/entries?competitionId=${r.id}`}>
          {r.entries} / {r.awarded}
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
  const listColumns = useListColumns('award.competitions', columns);

  return (
    <>
      <ProTable<TCompetition>
        rowKey="id"
        headerTitle={ids ? '大赛（报告引用的记录）' : '创新创业等赛事'}
        actionRef={actionRef}
        params={{ ids }}
        request={tableRequest<TCompetition>((query) => awardApi.competitions(query), {
          filters: pickFilters(...COMPETITION_FILTERS),
          sortable: COMPETITION_SORTABLE,
        })}
        {...listColumns}
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        form={{ name: 'award-competition-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        toolBarRender={() => [
          canWrite && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
              登记大赛
            </Button>
          ),
        ]}
      />
      {dialog?.kind === 'create' && (
        <CompetitionFormDrawer record={null} onClose={() => setDialog(null)} onSaved={saved} />
      )}
      {dialog?.kind === 'edit' && (
        <CompetitionFormDrawer
          key={dialog.record.id}
          record={dialog.record}
          onClose={() => setDialog(null)}
          onSaved={saved}
        />
      )}
    </>
  );
}
