import { useRef, useState } from 'react';
import { ProTable, type ActionType } from '@ant-design/pro-components';
import { Tag, Tooltip } from 'antd';
import type { TRdCheckRule } from '@kechuang/domain';
import { tableRequest } from '../../ui/table-request';
import { useCan } from '../auth/use-can';
import { CheckRuleModal } from './CheckRuleModal';
import { rdApi } from './rd.api';

/** 核查规则: the cross-checks with their severity, threshold and switch; 修改 for those who manage tasks. */
export function CheckRuleTable() {
  const table = useRef<ActionType>(undefined);
  const [editing, setEditing] = useState<TRdCheckRule | null>(null);
  const canManage = useCan('rd:task:manage');
  return (
    <>
      <ProTable<TRdCheckRule>
        actionRef={table}
        rowKey="code"
        headerTitle="核查规则"
        search={false}
        options={false}
        pagination={false}
        request={tableRequest<TRdCheckRule>(() => rdApi.checkRules())}
        columns={[
          { title: '规则', dataIndex: 'label', width: 220 },
          { title: '说明', dataIndex: 'description', ellipsis: true },
          {
            title: '级别',
            dataIndex: 'severity',
            width: 90,
            render: (_d, r) => (r.severity === 'error' ? <Tag color="red">错误</Tag> : <Tag color="orange">提示</Tag>),
          },
          {
            title: '阈值',
            dataIndex: 'threshold',
            width: 90,
            align: 'right',
            render: (_d, r) => (r.threshold === null ? '—' : `${Number(r.threshold)}%`),
          },
          {
            title: '状态',
            dataIndex: 'enabled',
            width: 90,
            render: (_d, r) => (r.enabled ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
          },
          {
            title: '操作',
            valueType: 'option',
            width: 90,
            render: (_d, r) =>
              !canManage ? null : r.locked ? (
                <Tooltip title="结构性校验，不可修改">
                  <span style={{ color: 'rgba(0,0,0,0.25)' }}>固定</span>
                </Tooltip>
              ) : (
                <a onClick={() => setEditing(r)}>修改</a>
              ),
          },
        ]}
      />
      {editing && (
        <CheckRuleModal
          rule={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            table.current?.reload();
          }}
        />
      )}
    </>
  );
}
