import { useRef, useState } from 'react';
import { PageContainer, ProTable, type ActionType } from '@ant-design/pro-components';
import { Tag, Tooltip } from 'antd';
import { useCan } from '../../modules/auth/use-can';
import { CheckRuleModal } from '../../modules/rd/CheckRuleModal';
import { rdApi, type TRdCheckRule } from '../../modules/rd/rd.api';
import { showError } from '../../ui/feedback';

/** 核查规则: the cross-checks run on every save and across units, with their severity and thresholds. */
export default function CheckRulesPage() {
  const table = useRef<ActionType>(undefined);
  const [editing, setEditing] = useState<TRdCheckRule | null>(null);
  const canManage = useCan('rd:task:manage');
  return (
    <PageContainer content="填报表保存、提交和审核时运行的核查规则。结构性校验（分项与合计的关系等）固定不变；其余规则可调整级别、开关和阈值，修改留痕。">
      <ProTable<TRdCheckRule>
        actionRef={table}
        rowKey="code"
        headerTitle="核查规则"
        search={false}
        options={false}
        pagination={false}
        request={async () => {
          try {
            const data = await rdApi.checkRules();
            return { data, total: data.length, success: true };
          } catch (e) {
            showError(e);
            return { data: [], total: 0, success: false };
          }
        }}
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
    </PageContainer>
  );
}
