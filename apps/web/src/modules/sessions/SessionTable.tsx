import type { TOk, TSession } from '@kechuang/domain';
import { useRef } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Popconfirm, Tag, Tooltip, Typography } from 'antd';
import { api } from '../../api/client';
import { showSuccess } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { handleMutationError } from '../../ui/mutation-error';
import { tableRequest } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { describeUserAgent } from './user-agent';

/** 在线用户: live sessions in scope; 强制下线 ends one at once (not the one you are using). */
export function SessionTable() {
  const actionRef = useRef<ActionType>(undefined);
  const canRevoke = useCan('security:session:revoke');

  const revoke = async (s: TSession) => {
    try {
      await api.del<TOk>(`/sessions/${s.id}`);
      showSuccess(`已将“${s.displayName}”强制下线`);
    } catch (e) {
      handleMutationError(e);
    }
    actionRef.current?.reload();
  };

  const columns: ProColumns<TSession>[] = [
    { title: '用户名', dataIndex: 'username', width: 130 },
    {
      title: '姓名',
      dataIndex: 'displayName',
      width: 170,
      render: (_d, s) => (
        <span>
          {s.displayName}
          {s.current && (
            <Tag color="green" bordered={false} style={{ marginLeft: 8 }}>
              当前会话
            </Tag>
          )}
        </span>
      ),
    },
    { title: '登录 IP', dataIndex: 'ip', width: 140 },
    {
      title: '浏览器',
      dataIndex: 'userAgent',
      width: 170,
      render: (_d, s) => (
        <Tooltip title={s.userAgent}>
          <span>{describeUserAgent(s.userAgent)}</span>
        </Tooltip>
      ),
    },
    { title: '登录时间', dataIndex: 'createdAt', width: 160, render: (_d, s) => formatDateTime(s.createdAt) },
    { title: '最后活动', dataIndex: 'lastSeenAt', width: 160, render: (_d, s) => formatDateTime(s.lastSeenAt) },
    {
      title: '操作',
      valueType: 'option',
      width: 110,
      hideInTable: !canRevoke,
      render: (_d, s) =>
        s.current ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Popconfirm
            title={`将“${s.displayName}”强制下线？`}
            description="该会话立即失效，用户须重新登录。"
            onConfirm={() => revoke(s)}
          >
            <Typography.Link type="danger">强制下线</Typography.Link>
          </Popconfirm>
        ),
    },
  ];

  return (
    <ProTable<TSession>
      rowKey="id"
      headerTitle="在线会话"
      actionRef={actionRef}
      columns={columns}
      request={tableRequest<TSession>('/sessions')}
      search={false}
      pagination={false}
      options={{ reload: true, density: false, setting: false }}
    />
  );
}
