import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { TLiaisonVisit } from '@kechuang/domain';
import { pickFilters, tableRequest, type TableQuery } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { ExportListButton } from './ExportListButton';
import { liaisonApi } from './liaison.api';
import { VisitFormDrawer } from './VisitFormDrawer';

/** 走访记录: the visits of the region (or the user's own), newest first; 登记走访 for liaison:write. */
export function VisitTable({ ids }: { ids?: string }) {
  const actionRef = useRef<ActionType>(undefined);
  const filterRef = useRef<TableQuery>({});
  const [open, setOpen] = useState(false);
  const canWrite = useCan('liaison:write');
  const columns: ProColumns<TLiaisonVisit>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '企业名称' } },
    { title: '年度', dataIndex: 'year', valueType: 'digit', hideInTable: true, fieldProps: { min: 2000, max: 2100 } },
    {
      title: '范围',
      dataIndex: 'mine',
      hideInTable: true,
      valueEnum: { true: { text: '我的走访' }, false: { text: '全部' } },
    },
    { title: '走访日期', dataIndex: 'visitedOn', search: false, sorter: true, width: 110 },
    { title: '企业', dataIndex: 'enterpriseName', search: false, sorter: true, ellipsis: true, width: 240 },
    { title: '干部', dataIndex: 'cadreName', search: false, width: 100 },
    { title: '形式', dataIndex: 'formLabel', search: false, width: 70 },
    {
      title: '宣讲政策',
      dataIndex: 'policyLabels',
      search: false,
      ellipsis: true,
      width: 260,
      render: (_d, r) => (
        <Space size={[0, 4]} wrap>
          {r.policyLabels.map((p) => (
            <Tag key={p}>{p}</Tag>
          ))}
        </Space>
      ),
    },
    { title: '问题', dataIndex: 'issueCount', search: false, width: 60, align: 'right' },
  ];
  return (
    <>
      <ProTable<TLiaisonVisit>
        rowKey="id"
        headerTitle={ids ? '走访记录（报告引用的记录）' : '走访记录'}
        actionRef={actionRef}
        params={{ ids }}
        request={tableRequest<TLiaisonVisit>(
          (query, filter) => {
            filterRef.current = filter;
            return liaisonApi.visits(query);
          },
          {
            filters: pickFilters('keyword', 'year', 'mine', 'ids'),
            sortable: ['visitedOn', 'enterpriseName'],
          },
        )}
        columns={columns}
        search={{ labelWidth: 'auto' }}
        form={{ name: 'liaison-visit-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        scroll={{ x: 900 }}
        toolBarRender={() => [
          <ExportListButton
            key="export"
            load={() => liaisonApi.exportVisits(filterRef.current)}
            fileName="包联走访记录.xlsx"
          />,
          canWrite && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              登记走访
            </Button>
          ),
        ]}
      />
      {open && (
        <VisitFormDrawer
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            actionRef.current?.reload();
          }}
        />
      )}
    </>
  );
}
