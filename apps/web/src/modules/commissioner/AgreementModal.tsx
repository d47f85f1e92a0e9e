import {
  ModalForm,
  ProFormDatePicker,
  ProFormDependency,
  ProFormDigit,
  ProFormRadio,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { Form } from 'antd';
import type { TCommissioner } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { EnterprisePicker } from '../enterprise/EnterprisePicker';
import { commissionerApi } from './commissioner.api';

interface Values {
  objectType: 'enterprise' | 'other';
  enterpriseId?: number;
  objectName?: string;
  objectKind?: '合作社' | '示范基地' | '村集体' | '其他';
  serviceDays: number;
  tasks: string;
  startOn: string;
  endOn: string;
}

const date = { format: 'YYYY-MM-DD', style: { width: '100%' } };

/** 签订三方协议: the commissioner, a service object (an enterprise of the register or a named entity) and the bureau. */
export function AgreementModal({
  commissioner,
  onClose,
  onDone,
}: {
  commissioner: TCommissioner;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  return (
    <ModalForm<Values>
      title={`签订三方协议 · ${commissioner.name}`}
      open
      form={form}
      width={560}
      layout="horizontal"
      labelCol={{ span: 6 }}
      modalProps={{ onCancel: onClose, destroyOnHidden: true }}
      initialValues={{ objectType: 'enterprise', startOn: commissioner.termStart, endOn: commissioner.termEnd }}
      onFinish={async (v) => {
        try {
          await commissionerApi.addAgreement(commissioner.id, {
            ...(v.objectType === 'enterprise'
              ? { enterpriseId: v.enterpriseId ?? null }
              : { objectName: v.objectName ?? null, objectKind: v.objectKind ?? null }),
            serviceDays: v.serviceDays,
            tasks: v.tasks,
            startOn: v.startOn,
            endOn: v.endOn,
          });
          showSuccess('已签订三方协议');
          onDone();
          return true;
        } catch (e) {
          handleMutationError(e, { form, reload: onClose });
          return false;
        }
      }}
    >
      <ProFormRadio.Group
        name="objectType"
        label="服务对象"
        options={[
          { value: 'enterprise', label: '名录企业' },
          { value: 'other', label: '其他主体' },
        ]}
      />
      <ProFormDependency name={['objectType']}>
        {({ objectType }) =>
          objectType === 'enterprise' ? (
            <Form.Item name="enterpriseId" label="服务企业" rules={[{ required: true, message: '请选择服务企业' }]}>
              <EnterprisePicker />
            </Form.Item>
          ) : (
            <>
              <ProFormText
                name="objectName"
                label="主体名称"
                rules={[{ required: true, message: '请填写服务对象名称' }]}
              />
              <ProFormSelect
                name="objectKind"
                label="主体类型"
                options={['合作社', '示范基地', '村集体', '其他']}
                rules={[{ required: true, message: '请选择服务对象类型' }]}
              />
            </>
          )
        }
      </ProFormDependency>
      <ProFormDigit
        name="serviceDays"
        label="约定服务天数"
        min={1}
        max={366}
        fieldProps={{ precision: 0 }}
        rules={[{ required: true, message: '请填写约定服务天数' }]}
      />
      <ProFormTextArea name="tasks" label="服务任务" rules={[{ required: true, message: '请填写服务任务' }]} />
      <ProFormDatePicker name="startOn" label="开始日期" rules={[{ required: true }]} fieldProps={date} />
      <ProFormDatePicker
        name="endOn"
        label="结束日期"
        rules={[{ required: true }]}
        fieldProps={date}
        extra={`须在任期 ${commissioner.termStart} 至 ${commissioner.termEnd} 之内`}
      />
    </ModalForm>
  );
}
