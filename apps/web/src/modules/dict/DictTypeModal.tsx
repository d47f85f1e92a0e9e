import { ModalForm, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { dictApi } from './dict.api';

interface Values {
  code: string;
  name: string;
  remark?: string;
}

/** 新增字典类型. The code is permanent: business data stores item values under it. */
export function DictTypeModal({ onClose, onSaved }: { onClose: () => void; onSaved: (code: string) => void }) {
  const [form] = Form.useForm<Values>();
  return (
    <ModalForm<Values>
      title="新增字典类型"
      open
      name="dict-type-form"
      form={form}
      width={500}
      layout="horizontal"
      labelCol={{ span: 5 }}
      modalProps={{ onCancel: onClose, maskClosable: false }}
      onFinish={async (v) => {
        try {
          const t = await dictApi.createType({ code: v.code, name: v.name, remark: v.remark || null });
          showSuccess(`已新增字典“${t.name}”`);
          onSaved(t.code);
          return true;
        } catch (e) {
          handleMutationError(e, { form });
          return false;
        }
      }}
    >
      <ProFormText
        name="code"
        label="字典编码"
        placeholder="小写字母开头，如 enterprise_scale"
        rules={[{ required: true, message: '请输入字典编码' }]}
        extra="编码创建后不可修改"
      />
      <ProFormText name="name" label="字典名称" rules={[{ required: true, message: '请输入字典名称' }]} />
      <ProFormTextArea name="remark" label="备注" fieldProps={{ maxLength: 200, showCount: true }} />
    </ModalForm>
  );
}
