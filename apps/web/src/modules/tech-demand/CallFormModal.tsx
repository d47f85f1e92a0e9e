import { ModalForm, ProFormDatePicker, ProFormDigit, ProFormText } from '@ant-design/pro-components';
import { Form } from 'antd';
import { chinaToday } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useSession } from '../auth/use-session';
import { techDemandApi } from './tech-demand.api';

interface FormValues {
  title: string;
  year: number;
  collectFrom: string;
  collectTo: string;
  bidDeadline?: string;
  minExperts?: number;
}

/** 新建榜单批次: the collection window and the default 揭榜 deadline; weights come from the bureau's parameters. */
export function CallFormModal(p: { onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const { user } = useSession();
  const save = async (v: FormValues) => {
    try {
      const c = await techDemandApi.createCall({
        ...v,
        regionCode: user?.regionCode ?? '',
        bidDeadline: v.bidDeadline || null,
      });
      showSuccess(`已新建榜单批次“${c.title}”，征集期内企业可提交需求`);
      p.onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form });
      return false;
    }
  };
  return (
    <ModalForm<FormValues>
      title="新建榜单批次"
      open
      form={form}
      width={520}
      layout="horizontal"
      labelCol={{ span: 7 }}
      modalProps={{ onCancel: p.onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={{ year: Number(chinaToday().slice(0, 4)) }}
      onFinish={save}
    >
      <ProFormText name="title" label="批次名称" rules={[{ required: true, message: '请填写批次名称' }]} />
      <ProFormDigit
        name="year"
        label="年度"
        min={2000}
        max={2100}
        fieldProps={{ precision: 0 }}
        rules={[{ required: true }]}
      />
      <ProFormDatePicker
        name="collectFrom"
        label="征集开始"
        rules={[{ required: true, message: '请选择征集开始日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      <ProFormDatePicker
        name="collectTo"
        label="征集截止"
        rules={[{ required: true, message: '请选择征集截止日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      <ProFormDatePicker
        name="bidDeadline"
        label="揭榜截止"
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      <ProFormDigit
        name="minExperts"
        label="每项最少专家"
        min={1}
        max={15}
        fieldProps={{ precision: 0 }}
        placeholder="默认按系统参数"
      />
    </ModalForm>
  );
}
