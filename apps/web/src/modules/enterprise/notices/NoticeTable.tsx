import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Badge, Button, Popconfirm, Space, Tooltip, Typography } from 'antd';
import { LinkOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { tableRequest } from '../../../ui/table-request';
import type { TNotice } from '@kechuang/domain';
import { noticeApi } from '../notice.api';
import { NoticeFormModal } from './NoticeFormModal';

const STATUS: Record<TNotice['status'], { text: string; status: 'default' | 'processing' | 'success' }> = {
  draft: { text: '草稿', status: 'default' },
  publicizing: { text: '公示中', status: 'processing' },
  ended: { text: '已结束', status: 'success' },
};

const columns: ProColumns<TNotice>[] = [
  { title: '标题', dataIndex: 'title', ellipsis: true },
  { title: '公示对象', dataIndex: 'items', width: 100, render: (_d, n) => `${n.items.length} 户` },
  {
    title: '公示期',
    dataIndex: 'startDate',
    width: 300,
    render: (_d, n) => (
      <>
        {`${n.startDate} 至 ${n.endDate}（${n.workingDays} 个工作日）`}
        {n.endDateWarning && (
          <Tooltip title={n.endDateWarning}>
            <Typography.Text type="warning" style={{ marginLeft: 4 }}>
              <WarningOutlined /> 推算
            </Typography.Text>
          </Tooltip>
        )}
      </>
    ),
  },
  {
    title: '状态',
    dataIndex: 'status',
    width: 90,
    render: (_d, n) => <Badge status={STATUS[n.status].status} text={STATUS[n.status].text} />,
  },
  { title: '发布单位', dataIndex: 'issuer', width: 160 },
];

/** 公示管理: drafts are published with one click (optimistic lock); published notices link to the public page. */
export function NoticeTable() {
  const actionRef = useRef<ActionType>(undefined);
  const [creating, setCreating] = useState(false);
  const reload = () => actionRef.current?.reload();
  const publish = async (n: TNotice) => {
    try {
      await noticeApi.publish(n.id, n.version);
      showSuccess(`已发布“${n.title}”`);
      reload();
    } catch (e) {
      handleMutationError(e, { reload });
    }
  };
  return (
    <>
      <ProTable<TNotice>
        rowKey="id"
        headerTitle="公示列表"
        actionRef={actionRef}
        request={tableRequest<TNotice>('/notices')}
        columns={[
          ...columns,
          {
            title: '操作',
            valueType: 'option',
            width: 150,
            render: (_d, n) => (
              <Space size={12}>
                {n.status === 'draft' ? (
                  <Popconfirm
                    title={`发布“${n.title}”？`}
                    description="发布后公开页面即可查看，不能撤回。"
                    onConfirm={() => publish(n)}
                  >
                    <Typography.Link>发布</Typography.Link>
                  </Popconfirm>
                ) : (
                  <a href={`/public/notices/${n.id}`} target="_blank" rel="noreferrer">
                    <LinkOutlined /> 公开页面
                  </a>
                )}
              </Space>
            ),
          },
        ]}
        search={false}
        pagination={{ defaultPageSize: 20 }}
        toolBarRender={() => [
          <a key="public" href="/public/notices" target="_blank" rel="noreferrer">
            公示公告（公开）
          </a>,
          <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建公示
          </Button>,
        ]}
        expandable={{
          expandedRowRender: (n) => (
            <ul style={{ margin: 0 }}>
              {n.items.map((i) => (
                <li key={i.creditCode}>
                  {i.enterpriseName}（{i.creditCode}）· {i.tier}
                  {i.batch ? ` · ${i.batch}` : ''}
                </li>
              ))}
            </ul>
          ),
        }}
      />
      {creating && (
        <NoticeFormModal
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            reload();
          }}
        />
      )}
    </>
  );
}
