import { useEffect, useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Space, Tag, Typography } from 'antd';
import type { TPermissionOption, TRole } from '@kechuang/domain';
import { showError } from '../../ui/feedback';
import { tableRequest } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { DATA_SCOPE_LABELS, rolesApi } from './roles.api';
import { RolePermissionsModal } from './RolePermissionsModal';

/** 角色管理: every role with its permissions by label; the security admin edits them. */
export function RoleTable() {
  const canGrant = useCan('security:role:grant');
  const [permissions, setPermissions] = useState<TPermissionOption[]>([]);
  const [editing, setEditing] = useState<TRole | null>(null);
  const actionRef = useRef<ActionType>(undefined);

  useEffect(() => {
    rolesApi.permissions().then(setPermissions, showError);
  }, []);
  const labelOf = (key: string) => permissions.find((p) => p.key === key)?.label ?? key;

  const columns: ProColumns<TRole>[] = [
    {
      title: '角色名称',
      dataIndex: 'name',
      width: 120,
      render: (_d, r) => <Typography.Text strong>{r.name}</Typography.Text>,
    },
    {
      title: '角色编码',
      dataIndex: 'code',
      width: 130,
      render: (_d, r) => <Typography.Text code>{r.code}</Typography.Text>,
    },
    { title: '数据范围', dataIndex: 'dataScope', width: 170, render: (_d, r) => DATA_SCOPE_LABELS[r.dataScope] },
    {
      title: '权限',
      dataIndex: 'permissions',
      render: (_d, r) =>
        r.permissions.length ? (
          <Space size={[4, 4]} wrap>
            {r.permissions.map((p) => (
              <Tag key={p} title={p}>
                {labelOf(p)}
              </Tag>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">暂无权限</Typography.Text>
        ),
    },
    {
      title: '操作',
      valueType: 'option',
      width: 100,
      hideInTable: !canGrant,
      render: (_d, r) => [
        <a key="edit" onClick={() => setEditing(r)}>
          分配权限
        </a>,
      ],
    },
  ];

  return (
    <>
      <ProTable<TRole>
        rowKey="code"
        headerTitle="角色列表"
        columns={columns}
        actionRef={actionRef}
        request={tableRequest<TRole>('/roles')}
        search={false}
        pagination={false}
        options={{ reload: true, density: true, setting: true }}
      />
      {editing && (
        <RolePermissionsModal
          key={editing.code}
          role={editing}
          permissions={permissions}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            actionRef.current?.reload();
          }}
        />
      )}
    </>
  );
}
