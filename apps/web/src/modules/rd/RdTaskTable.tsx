import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ProTable, type ActionType } from '@ant-design/pro-components';
import { Button, Progress } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { TRdTask } from '@kechuang/domain';
import { pickFilters, tableRequest } from '../../ui/table-request';
import { RdTaskDrawer } from './RdTaskDrawer';
import { TaskStatusTag, taskStatusEnum } from './rd-status';

/** 填报任务: every collection task in the user's region with its live completion rate. */
export function RdTaskTable() {
  const actionRef = useRef<ActionType>(undefined);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <ProTable<TRdTask>
        rowKey="id"
        headerTitle="填报任务"
        actionRef={actionRef}
        request={tableRequest<TRdTask>('/rd/tasks', { filters: pickFilters('keyword', 'status', 'period') })}
        search={{ labelWidth: 'auto' }}
        pagination={{ defaultPageSize: 20 }}
        toolBarRender={() => [
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建任务
          </Button>,
        ]}
        columns={[
          { title: '任务名称', dataIndex: 'keyword', hideInTable: true },
          {
            title: '任务名称',
            dataIndex: 'title',
            search: false,
            render: (_d, t) => <Link to={`/rd/tasks/${t.id}`}>{t.title}</Link>,
          },
          { title: '期间', dataIndex: 'period', width: 130, render: (_d, t) => t.periodLabel },
          { title: '截止日期', dataIndex: 'dueDate', search: false, width: 110 },
          {
            title: '状态',
            dataIndex: 'status',
            valueType: 'select',
            valueEnum: taskStatusEnum,
            width: 90,
            render: (_d, t) => <TaskStatusTag status={t.status} />,
          },
          { title: '单位数', dataIndex: ['counts', 'units'], search: false, width: 80 },
          {
            title: '已报 / 通过 / 退回',
            search: false,
            width: 150,
            render: (_d, t) =>
              `${t.counts.submitted + t.counts.approved} / ${t.counts.approved} / ${t.counts.returned}`,
          },
          {
            title: '填报率',
            search: false,
            width: 180,
            render: (_d, t) => (
              <Progress
                percent={Number(t.counts.reportedRate)}
                size="small"
                format={() => `${t.counts.reportedRate}%`}
              />
            ),
          },
          {
            title: '汇总',
            dataIndex: 'published',
            search: false,
            width: 80,
            render: (_d, t) => (t.published ? '已发布' : '未发布'),
          },
        ]}
      />
      <RdTaskDrawer
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false);
          actionRef.current?.reload();
        }}
      />
    </>
  );
}
