import type { ProColumns } from '@ant-design/pro-components';
import { Space, Tag, Tooltip } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import type { TDictItem, TRole, TUser } from '@kechuang/domain';
import { dictValueEnum } from '../dict/dict-value-enum';
import { formatDateTime } from '../../ui/format';

/** Columns and search fields of 用户管理; status labels come from the sys_status dictionary, roles from /roles. */
export function userColumns(statusItems: TDictItem[], roles: TRole[]): ProColumns<TUser>[] {
  const roleName = (code: string) => roles.find((r) => r.code === code)?.name ?? code;
  return [
    { title: '用户名', dataIndex: 'username', width: 120 },
    { title: '姓名', dataIndex: 'displayName', width: 130 },
    { title: '手机号', dataIndex: 'phone', width: 110, search: false },
    {
      title: '所属区划',
      dataIndex: 'regionName',
      width: 100,
      search: false,
      render: (_d, u) => <span title={u.regionCode}>{u.regionName}</span>,
    },
    {
      title: '角色',
      dataIndex: 'role',
      width: 130,
      valueType: 'select',
      valueEnum: Object.fromEntries(roles.map((r) => [r.code, { text: r.name }])),
      render: (_d, u) =>
        u.roles.length ? (
          <Space size={[4, 4]} wrap>
            {u.roles.map((r) => (
              <Tag key={r} color="blue" bordered={false}>
                {roleName(r)}
              </Tag>
            ))}
          </Space>
        ) : (
          <Tag bordered={false}>未授予</Tag>
        ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 160,
      valueType: 'select',
      valueEnum: dictValueEnum(statusItems, (v) => (v === 'active' ? 'Success' : 'Default')),
      render: (dom, u) => (
        <Space size={4}>
          {dom}
          {u.locked && (
            <Tooltip title="连续登录失败已锁定，可由安全管理员解锁">
              <Tag color="red" icon={<LockOutlined />} bordered={false}>
                已锁定
              </Tag>
            </Tooltip>
          )}
          {u.mustChangePassword && (
            <Tooltip title="下次登录须修改密码">
              <Tag color="orange" bordered={false}>
                待改密
              </Tag>
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: '最后登录',
      dataIndex: 'lastLoginAt',
      width: 140,
      search: false,
      render: (_d, u) => formatDateTime(u.lastLoginAt),
    },
    {
      title: '创建时间',
      dataIndex: 'createdAt',
      width: 140,
      search: false,
      render: (_d, u) => formatDateTime(u.createdAt),
    },
  ];
}
