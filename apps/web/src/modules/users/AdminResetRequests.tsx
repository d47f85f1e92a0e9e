import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Popconfirm, Space, Tag, Typography } from 'antd';
import {
  ADMIN_RESET_STATUS_LABELS,
  ROLE_LABELS,
  type AdminResetStatus,
  type RoleCode,
  type TAdminResetApproved,
  type TAdminResetRequest,
} from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { handleMutationError } from '../../ui/mutation-error';
import { useCan } from '../auth/use-can';
import { useSession } from '../auth/use-session';
import { OneTimePasswordModal } from './OneTimePasswordModal';
import { usersApi } from './users.api';

const STATUS_COLORS: Record<AdminResetStatus, string> = {
  pending: 'orange',
  approved: 'green',
  rejected: 'default',
  expired: 'default',
};

/**
 * 管理员密码重置申请: the system admin's requests wait here for a second administrator, who approves (and hands
 * over the one-time password shown once) or rejects. Neither the requester nor the account itself may decide.
 */
export function AdminResetRequests({ reloadUsers }: { reloadUsers?: () => void }) {
  const actionRef = useRef<ActionType>(undefined);
  const [tab, setTab] = useState<'pending' | 'all'>('pending');
  const [approved, setApproved] = useState<TAdminResetApproved | null>(null);
  const canApprove = useCan('security:user:reset-approve');
  const me = useSession().user?.id;
  const reload = () => actionRef.current?.reload();

  const approve = async (r: TAdminResetRequest) => {
    try {
      setApproved(await usersApi.approveAdminReset(r.id));
      reload();
      reloadUsers?.();
    } catch (e) {
      handleMutationError(e, { reload });
    }
  };
  const reject = async (r: TAdminResetRequest) => {
    try {
      await usersApi.rejectAdminReset(r.id);
      showSuccess(`已拒绝重置“${r.targetDisplayName}”的密码`);
      reload();
    } catch (e) {
      handleMutationError(e, { reload });
    }
  };

  const columns: ProColumns<TAdminResetRequest>[] = [
    {
      title: '账号',
      dataIndex: 'targetUsername',
      width: 170,
      render: (_d, r) => `${r.targetDisplayName}（${r.targetUsername}）`,
    },
    {
      title: '角色',
      dataIndex: 'targetRoles',
      width: 110,
      render: (_d, r) => r.targetRoles.map((c) => ROLE_LABELS[c as RoleCode] ?? c).join('、'),
    },
    { title: '重置原因', dataIndex: 'reason', ellipsis: true },
    { title: '申请人', dataIndex: 'requestedByName', width: 110 },
    { title: '申请时间', dataIndex: 'requestedAt', width: 150, render: (_d, r) => formatDateTime(r.requestedAt) },
    { title: '有效期至', dataIndex: 'expiresAt', width: 150, render: (_d, r) => formatDateTime(r.expiresAt) },
    {
      title: '状态',
      dataIndex: 'status',
      width: 150,
      render: (_d, r) => (
        <Space size={4}>
          <Tag color={STATUS_COLORS[r.status]} bordered={false}>
            {ADMIN_RESET_STATUS_LABELS[r.status]}
          </Tag>
          {r.decidedByName && <Typography.Text type="secondary">{r.decidedByName}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: '操作',
      valueType: 'option',
      width: 110,
      render: (_d, r) =>
        canApprove && r.status === 'pending' && me !== r.requestedBy && me !== r.targetUserId ? (
          <Space size={12}>
            <Popconfirm
              title={`批准重置“${r.targetDisplayName}”的密码？`}
              description="将生成一次性密码并仅显示一次，请交给本人；审计管理员会收到提醒。"
              onConfirm={() => approve(r)}
            >
              <Typography.Link>批准</Typography.Link>
            </Popconfirm>
            <Popconfirm title={`拒绝重置“${r.targetDisplayName}”的密码？`} onConfirm={() => reject(r)}>
              <Typography.Link type="danger">拒绝</Typography.Link>
            </Popconfirm>
          </Space>
        ) : null,
    },
  ];

  return (
    <>
      <ProTable<TAdminResetRequest>
        rowKey="id"
        headerTitle="管理员密码重置申请"
        tooltip="管理员账号的密码须由另一名管理员（非申请人、非本人）审批后重置"
        actionRef={actionRef}
        columns={columns}
        params={{ tab }}
        request={async () => {
          const data = await usersApi.adminResets(tab === 'pending' ? 'pending' : undefined);
          return { data, total: data.length, success: true };
        }}
        search={false}
        pagination={{ defaultPageSize: 10 }}
        toolbar={{
          menu: {
            type: 'tab',
            activeKey: tab,
            items: [
              { key: 'pending', label: '待审批' },
              { key: 'all', label: '全部' },
            ],
            onChange: (key) => setTab(key === 'all' ? 'all' : 'pending'),
          },
        }}
        style={{ marginTop: 16 }}
      />
      {approved && <OneTimePasswordModal approved={approved} onClose={() => setApproved(null)} />}
    </>
  );
}
