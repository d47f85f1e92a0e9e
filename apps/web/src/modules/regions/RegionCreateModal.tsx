import { ModalForm, ProFormDatePicker, ProFormText } from '@ant-design/pro-components';
import { Form } from 'antd';
import dayjs from 'dayjs';
import type { TRegion } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { regionsApi } from './regions.api';

interface Values {
  code: string;
  name: string;
  validFrom: string;
}

/** 新增乡镇 under a county: 12-digit 统计用区划代码 starting with the county's code. */
export function RegionCreateModal({
  parent,
  onClose,
  onSaved,
}: {
  parent: TRegion;
  onClose: () => void;
  onSaved: (r: TRegion) => void;
}) {
  const [form] = Form.useForm<Values>();
  return (
    <ModalForm<Values>
      title={`新增乡镇 · ${parent.name}`}
      open
      name="region-create-form"
      form={form}
      width={520}
      layout="horizontal"
      labelCol={{ span: 5 }}
      modalProps={{ onCancel: onClose, maskClosable: false }}
      initialValues={{ code: parent.code, validFrom: dayjs().format('YYYY-MM-DD') }}
      onFinish={async (v) => {
        try {
          const r = await regionsApi.create({
            code: v.code.trim(),
            name: v.name,
            parentCode: parent.code,
            validFrom: dayjs(v.validFrom).format('YYYY-MM-DD'),
          });
          showSuccess(`已新增“${r.name}”`);
          onSaved(r);
          return true;
        } catch (e) {
          handleMutationError(e, { form });
          return false;
        }
      }}
    >
      <ProFormText
        name="code"
        label="区划代码"
        extra={`12 位统计用区划代码，以 ${parent.code} 开头，如 ${parent.code}107000`}
        rules={[{ required: true, message: '请输入区划代码' }]}
      />
      <ProFormText name="name" label="乡镇名称" rules={[{ required: true, message: '请输入乡镇名称' }]} />
      <ProFormDatePicker
        name="validFrom"
        label="生效日期"
        rules={[{ required: true, message: '请选择生效日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD' }}
      />
    </ModalForm>
  );
}
