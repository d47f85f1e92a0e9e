import { useRef, useState } from 'react';
import { ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Popconfirm, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { TDictItem, TDictType } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { tableRequest } from '../../ui/table-request';
import { dictApi, forgetDict } from './dict.api';
import { DictItemModal } from './DictItemModal';
import { dictValueEnum } from './dict-value-enum';
import { useDictItems } from './use-dict-items';

type Dialog = { item: TDictItem | null } | null;

/** Items of one dictionary, disabled ones included and greyed (they stay valid for old records). */
export function DictItemTable({ type }: { type: TDictType }) {
  const actionRef = useRef<ActionType>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const statusItems = useDictItems('sys_status');
  const reload = () => actionRef.current?.reload();

  const toggle = async (it: TDictItem) => {
    try {
      const status = it.status === 'active' ? 'disabled' : 'active';
      await dictApi.updateItem(it.id, {
        value: it.value,
        label: it.label,
        sort: it.sort,
        status,
        parentValue: it.parentValue,
        version: it.version,
      });
      forgetDict(type.code);
      showSuccess(`已${status === 'active' ? '启用' : '停用'}“${it.label}”`);
      reload();
    } catch (e) {
      handleMutationError(e, { reload });
    }
  };

  const columns: ProColumns<TDictItem>[] = [
    { title: '字典标签', dataIndex: 'label' },
    { title: '字典值', dataIndex: 'value', render: (_d, it) => <Typography.Text code>{it.value}</Typography.Text> },
    { title: '排序', dataIndex: 'sort', width: 80 },
    {
      title: '状态',
      dataIndex: 'status',
      width: 100,
      valueEnum: dictValueEnum(statusItems, (v) => (v === 'active' ? 'Success' : 'Default')),
    },
    {
      title: '操作',
      valueType: 'option',
      width: 130,
      render: (_d, it) => (
        <Space size={12}>
          <Typography.Link onClick={() => setDialog({ item: it })}>编辑</Typography.Link>
          <Popconfirm
            title={it.status === 'active' ? `停用“${it.label}”？` : `启用“${it.label}”？`}
            description={it.status === 'active' ? '停用后新数据不能再选，已有数据不受影响。' : undefined}
            onConfirm={() => toggle(it)}
          >
            <Typography.Link type={it.status === 'active' ? 'danger' : undefined}>
              {it.status === 'active' ? '停用' : '启用'}
            </Typography.Link>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <>
      <ProTable<TDictItem>
        rowKey="id"
        headerTitle={
          <span>
            {type.name}
            <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal', marginLeft: 8 }}>
              {type.remark ?? type.code}
            </Typography.Text>
          </span>
        }
        actionRef={actionRef}
        params={{ type: type.code }}
        request={tableRequest<TDictItem>(() => dictApi.items(type.code, true))}
        columns={columns}
        rowClassName={(it) => (it.status === 'disabled' ? 'kc-row-disabled' : '')}
        search={false}
        pagination={false}
        size="middle"
        cardProps={{ bodyStyle: { padding: 0 } }}
        toolBarRender={() => [
          <Button key="add" type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ item: null })}>
            新增字典项
          </Button>,
        ]}
      />
      {dialog && (
        <DictItemModal
          key={dialog.item?.id ?? 'new'}
          typeCode={type.code}
          typeName={type.name}
          item={dialog.item}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            reload();
          }}
        />
      )}
    </>
  );
}
