import { ModalForm, ProFormDatePicker, ProFormText } from '@ant-design/pro-components';
import { Form } from 'antd';
import dayjs from 'dayjs';
import type { TRegion } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { regionsApi } from './regions.api';

interface Values {
  name: string;
  validTo?: string | null;
}

/** 修改区划: the name and 失效日期 (codes never change and are never reused). */
export function RegionEditModal({
  region,
  onClose,
  onSaved,
}: {
  region: TRegion;
  onClose: () => void;
  onSaved: (r: TRegion) => void;
}) {
  const [form] = Form.useForm<Values>();
  return (
    <ModalForm<Values>
      title={`修改区划 · ${region.code}`}
      open
      name="region-edit-form"
      form={form}
      width={500}
      layout="horizontal"
      labelCol={{ span: 5 }}
      modalProps={{ onCancel: onClose, maskClosable: false }}
      initialValues={{ name: region.name, validTo: region.validTo ?? undefined }}
      onFinish={async (v) => {
        try {
          const validTo = v.validTo ? dayjs(v.validTo).format('YYYY-MM-DD') : null;
          const r = await regionsApi.update(region.code, { version: region.version, name: v.name, validTo });
          showSuccess(`已保存“${r.name}”`);
          onSaved(r);
          return true;
        } catch (e) {
          handleMutationError(e, { form, reload: () => onSaved(region) });
          return false;
        }
      }}
    >
      <ProFormText name="name" label="区划名称" rules={[{ required: true, message: '请输入区划名称' }]} />
      <ProFormDatePicker
        name="validTo"
        label="失效日期"
        extra={`生效日期 ${region.validFrom}；撤并的区划设置失效日期，历史数据仍保留原代码`}
        fieldProps={{ format: 'YYYY-MM-DD', minDate: dayjs(region.validFrom) }}
      />
    </ModalForm>
  );
}
