import { useRef, useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { ProTable, type ActionType } from '@ant-design/pro-components';
import { Button, Space, Tag, Typography } from 'antd';
import { tableRequest } from '../../ui/table-request';
import { ExpertProfileModal } from './ExpertProfileModal';
import type { TExpertProfile } from '@kechuang/domain';

/** 专家库: profiles with employer and declared conflicts, which decide whom an expert may not review. */
export function ExpertTable() {
  const actionRef = useRef<ActionType>(undefined);
  const [dialog, setDialog] = useState<TExpertProfile | 'create' | null>(null);
  return (
    <>
      <ProTable<TExpertProfile>
        rowKey="userId"
        headerTitle="评审专家"
        actionRef={actionRef}
        request={tableRequest<TExpertProfile>('/experts')}
        search={false}
        pagination={false}
        toolBarRender={() => [
          <Button key="create" type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')}>
            新建专家档案
          </Button>,
        ]}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 100 },
          { title: '账号', dataIndex: 'username', width: 100 },
          { title: '职称', dataIndex: 'title', width: 110 },
          { title: '工作单位', dataIndex: 'employerName', width: 200, render: (_d, x) => x.employerName ?? '-' },
          {
            title: '专业领域',
            dataIndex: 'fields',
            width: 200,
            render: (_d, x) => (
              <Space size={[4, 4]} wrap>
                {x.fields.map((f) => (
                  <Tag key={f} bordered={false}>
                    {f}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: '回避单位',
            dataIndex: 'conflicts',
            render: (_d, x) =>
              x.conflicts.length ? (
                <Space direction="vertical" size={0}>
                  {x.conflicts.map((c, i) => (
                    <Typography.Text key={i}>
                      {c.name ?? c.creditCode}
                      <Typography.Text type="secondary">（{c.reason}）</Typography.Text>
                    </Typography.Text>
                  ))}
                </Space>
              ) : (
                '-'
              ),
          },
          { title: '在评任务', dataIndex: 'activeAssignments', width: 90 },
          {
            title: '操作',
            valueType: 'option',
            width: 70,
            render: (_d, x) => <Typography.Link onClick={() => setDialog(x)}>编辑</Typography.Link>,
          },
        ]}
      />
      {dialog && (
        <ExpertProfileModal
          editing={dialog === 'create' ? null : dialog}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            actionRef.current?.reload();
          }}
        />
      )}
    </>
  );
}
