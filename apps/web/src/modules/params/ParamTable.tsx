import { useRef, useState, type Key } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Tag, Typography } from 'antd';
import type { TParam } from '@kechuang/domain';
import { api } from '../../api/client';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { tableRequest } from '../../ui/table-request';
import { formatParamValue, ParamValueInput } from './ParamValueInput';

interface Props {
  /** `/params` (系统参数, sysadmin) or `/security/policy` (安全策略, secadmin): the same table, split by owner. */
  basePath: string;
  headerTitle: string;
}

const TYPE_LABELS: Record<TParam['valueType'], string> = { int: '整数', string: '文本', boolean: '是/否' };

/** Parameters edited in place, one row at a time; the server checks type and range and says why a value is refused. */
export function ParamTable({ basePath, headerTitle }: Props) {
  const actionRef = useRef<ActionType>(undefined);
  const [editableKeys, setEditableKeys] = useState<Key[]>([]);

  const columns: ProColumns<TParam>[] = [
    {
      title: '参数名称',
      dataIndex: 'name',
      width: 220,
      editable: false,
      render: (_d, p) => <Typography.Text strong>{p.name}</Typography.Text>,
    },
    {
      title: '参数键',
      dataIndex: 'key',
      width: 260,
      editable: false,
      render: (_d, p) => (
        <Typography.Text type="secondary" copyable={{ text: p.key }}>
          {p.key}
        </Typography.Text>
      ),
    },
    {
      title: '参数值',
      dataIndex: 'value',
      width: 240,
      render: (_d, p) => <Typography.Text>{formatParamValue(p)}</Typography.Text>,
      renderFormItem: (_schema, config) => <ParamValueInput param={config.record as TParam} />,
      formItemProps: { rules: [{ required: true, message: '请输入参数值' }] },
    },
    {
      title: '类型',
      dataIndex: 'valueType',
      width: 90,
      editable: false,
      render: (_d, p) => <Tag bordered={false}>{TYPE_LABELS[p.valueType]}</Tag>,
    },
    { title: '说明', dataIndex: 'remark', editable: false, ellipsis: true },
    {
      title: '操作',
      valueType: 'option',
      width: 120,
      render: (_d, p, _i, action) => [
        <a key="edit" onClick={() => action?.startEditable?.(p.key)}>
          修改
        </a>,
      ],
    },
  ];

  return (
    <ProTable<TParam>
      rowKey="key"
      headerTitle={headerTitle}
      actionRef={actionRef}
      columns={columns}
      request={tableRequest<TParam>(basePath)}
      search={false}
      pagination={false}
      options={{ reload: true, density: false, setting: false }}
      editable={{
        type: 'single',
        editableKeys,
        onChange: setEditableKeys,
        actionRender: (_row, _config, dom) => [dom.save, dom.cancel],
        onSave: async (_key, row) => {
          try {
            await api.put<TParam>(`${basePath}/${encodeURIComponent(row.key)}`, {
              version: row.version,
              value: String(row.value).trim(),
            });
            showSuccess(`已保存“${row.name}”`);
            actionRef.current?.reload();
          } catch (e) {
            handleMutationError(e, { reload: () => actionRef.current?.reload() });
            // Rejecting keeps the row in edit mode so the value can be corrected.
            throw e;
          }
        },
      }}
    />
  );
}
