import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Badge, Button, Typography } from 'antd';
import { MESSAGE_CATEGORY_LABELS, type TMessage } from '@kechuang/domain';
import { Link } from 'react-router-dom';
import { showError, showSuccess } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { tableRequest } from '../../ui/table-request';
import { inboxStore } from './inbox-store';
import { messagesApi } from './messages.api';

type Tab = 'all' | 'unread';

/** 消息: all or unread, newest first; marking read updates the header bell too. */
export function MessageTable() {
  const actionRef = useRef<ActionType>(undefined);
  const [tab, setTab] = useState<Tab>('all');

  const markRead = async (ids?: number[]) => {
    try {
      await messagesApi.markRead(ids);
      showSuccess(ids ? '已标为已读' : '全部消息已标为已读');
      actionRef.current?.reload();
      void inboxStore.refresh().catch(() => undefined);
    } catch (e) {
      showError(e);
    }
  };

  const columns: ProColumns<TMessage>[] = [
    {
      title: '标题',
      dataIndex: 'title',
      render: (_d, m) => (
        <span>
          <Badge status={m.readAt ? 'default' : 'processing'} style={{ marginRight: 8 }} />
          <Typography.Text strong={!m.readAt}>{m.link ? <Link to={m.link}>{m.title}</Link> : m.title}</Typography.Text>
        </span>
      ),
    },
    { title: '内容', dataIndex: 'body', ellipsis: true },
    {
      title: '类别',
      dataIndex: 'category',
      width: 110,
      valueEnum: Object.fromEntries(Object.entries(MESSAGE_CATEGORY_LABELS).map(([k, text]) => [k, { text }])),
    },
    { title: '时间', dataIndex: 'createdAt', width: 150, render: (_d, m) => formatDateTime(m.createdAt) },
    {
      title: '状态',
      dataIndex: 'readAt',
      width: 90,
      render: (_d, m) =>
        m.readAt ? (
          <Typography.Text type="secondary">已读</Typography.Text>
        ) : (
          <Typography.Text type="warning">未读</Typography.Text>
        ),
    },
    {
      title: '操作',
      valueType: 'option',
      width: 100,
      render: (_d, m) =>
        m.readAt ? null : <Typography.Link onClick={() => markRead([m.id])}>标为已读</Typography.Link>,
    },
  ];

  return (
    <ProTable<TMessage>
      rowKey="id"
      actionRef={actionRef}
      columns={columns}
      params={{ tab }}
      request={tableRequest<TMessage>((q) =>
        messagesApi.list({ current: q.current, pageSize: q.pageSize, unread: q.tab === 'unread' || undefined }),
      )}
      search={false}
      pagination={{ defaultPageSize: 20 }}
      toolbar={{
        menu: {
          type: 'tab',
          activeKey: tab,
          onChange: (k) => setTab(k as Tab),
          items: [
            { key: 'all', label: '全部消息' },
            { key: 'unread', label: '未读消息' },
          ],
        },
        actions: [
          <Button key="all" onClick={() => markRead()}>
            全部标为已读
          </Button>,
        ],
      }}
    />
  );
}
