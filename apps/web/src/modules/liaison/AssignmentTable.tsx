import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { TLiaisonAssignment } from '@kechuang/domain';
import { chinaToday } from '@kechuang/domain';
import { pickFilters, tableRequest } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { AssignDrawer } from './AssignDrawer';
import { AssignmentChangeModal } from './AssignmentChangeModal';
import { liaisonApi } from './liaison.api';

/** 包联分配: who leads which enterprise, when; 分配 by hand or by rule for liaison:write. */
export function AssignmentTable({ ids }: { ids?: string }) {
  const actionRef = useRef<ActionType>(undefined);
  const [open, setOpen] = useState(false);
  const [changing, setChanging] = useState<{ assignment: TLiaisonAssignment; mode: 'edit' | 'end' } | null>(null);
  const today = chinaToday();
  const canWrite = useCan('liaison:write');
  const columns: ProColumns<TLiaisonAssignment>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '企业或干部' } },
    { title: '在期日期', dataIndex: 'on', valueType: 'date', hideInTable: true },
    { title: '企业', dataIndex: 'enterpriseName', search: false, sorter: true, ellipsis: true, width: 260 },
    { title: '乡镇', dataIndex: 'townshipName', search: false, width: 110 },
    { title: '包联干部', dataIndex: 'cadreName', search: false, width: 110 },
    { title: '开始', dataIndex: 'startOn', search: false, sorter: true, width: 110 },
    { title: '结束', dataIndex: 'endOn', search: false, sorter: true, width: 110 },
    {
      title: '方式',
      dataIndex: 'source',
      search: false,
      width: 150,
      render: (_d, r) => (r.source === 'rule' ? <Tag color="blue">{r.ruleLabel ?? '按规则'}</Tag> : <Tag>指定</Tag>),
    },
    {
      title: '操作',
      valueType: 'option',
      width: 120,
      hideInTable: !canWrite,
      render: (_d, r) => (
        <Space size={8}>
          <Typography.Link onClick={() => setChanging({ assignment: r, mode: 'edit' })}>修改</Typography.Link>
          {r.endOn > today && r.startOn <= today && (
            <Typography.Link onClick={() => setChanging({ assignment: r, mode: 'end' })}>提前结束</Typography.Link>
          )}
        </Space>
      ),
    },
  ];
  return (
    <>
      <ProTable<TLiaisonAssignment>
        rowKey="id"
        headerTitle={ids ? '包联分配（报告引用的记录）' : '包联分配'}
        actionRef={actionRef}
        params={{ ids }}
        request={tableRequest<TLiaisonAssignment>(liaisonApi.assignments, {
          filters: pickFilters('keyword', 'on', 'ids'),
          sortable: ['enterpriseName', 'startOn', 'endOn'],
        })}
        columns={columns}
        search={{ labelWidth: 'auto' }}
        form={{ name: 'liaison-assignment-search' }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true }}
        scroll={{ x: 900 }}
        toolBarRender={() => [
          canWrite && (
            <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              分配
            </Button>
          ),
        ]}
      />
      {changing && (
        <AssignmentChangeModal
          assignment={changing.assignment}
          mode={changing.mode}
          onClose={() => setChanging(null)}
          onDone={() => {
            setChanging(null);
            actionRef.current?.reload();
          }}
        />
      )}
      {open && (
        <AssignDrawer
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
