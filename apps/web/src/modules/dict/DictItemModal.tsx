import { ModalForm, ProFormDigit, ProFormRadio, ProFormText } from '@ant-design/pro-components';
import { Form } from 'antd';
import type { TDictItem } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { dictApi, forgetDict } from './dict.api';
import { useDictItems } from './use-dict-items';

interface Values {
  value: string;
  label: string;
  sort: number;
  status: 'active' | 'disabled';
}

interface Props {
  typeCode: string;
  typeName: string;
  /** The item being edited, or null to add one. */
  item: TDictItem | null;
  onClose: () => void;
  onSaved: () => void;
}

/** 新增 / 编辑 字典项. The value cannot change once business data may refer to it; 停用 replaces delete. */
export function DictItemModal({ typeCode, typeName, item, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const statusItems = useDictItems('sys_status');
  return (
    <ModalForm<Values>
      title={`${item ? '编辑' : '新增'}字典项 · ${typeName}`}
      open
      name="dict-item-form"
      form={form}
      width={500}
      layout="horizontal"
      labelCol={{ span: 5 }}
      modalProps={{ onCancel: onClose, maskClosable: false }}
      initialValues={
        item
          ? { value: item.value, label: item.label, sort: item.sort, status: item.status }
          : { sort: 0, status: 'active' }
      }
      onFinish={async (v) => {
        try {
          const body = {
            value: v.value,
            label: v.label,
            sort: v.sort ?? 0,
            status: v.status,
            parentValue: item?.parentValue ?? null,
          };
          if (item) await dictApi.updateItem(item.id, { ...body, version: item.version });
          else await dictApi.createItem(typeCode, body);
          forgetDict(typeCode);
          showSuccess(`已保存字典项“${v.label}”`);
          onSaved();
          return true;
        } catch (e) {
          handleMutationError(e, { form, reload: onSaved });
          return false;
        }
      }}
    >
      <ProFormText
        name="value"
        label="字典值"
        disabled={!!item}
        rules={[{ required: true, message: '请输入字典值' }]}
        extra={item ? '字典值被业务数据引用，不可修改' : '保存后不可修改'}
      />
      <ProFormText name="label" label="字典标签" rules={[{ required: true, message: '请输入字典标签' }]} />
      <ProFormDigit name="sort" label="排序" min={0} max={9999} fieldProps={{ precision: 0 }} />
      <ProFormRadio.Group
        name="status"
        label="状态"
        options={statusItems.map((s) => ({ label: s.label, value: s.value }))}
      />
    </ModalForm>
  );
}
