import {
  ModalForm,
  ProFormDatePicker,
  ProFormDependency,
  ProFormDigit,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import { Form } from 'antd';
import dayjs from 'dayjs';
import {
  formatWanText,
  type FundingKind,
  type FundingSourceLevel,
  type TApplication,
  wanInputToYuan,
} from '@kechuang/domain';
import { api, type Page } from '../../api/client';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useDictItems } from '../dict/use-dict-items';
import { projectApi } from './project.api';

interface Values {
  applicationId: number;
  kind: FundingKind;
  sourceLevel?: FundingSourceLevel;
  amountWan: string;
  occurredOn: string;
  voucherNo?: string;
  documentNo?: string;
  remark?: string;
}

interface Props {
  /** The project, when opened from its page; otherwise the user searches approved projects. */
  application?: TApplication | null;
  onClose: () => void;
  onSaved: () => void;
}

/** 登记资金: granted, allocated, disbursed (with voucher) or matched by the enterprise; typed in 万元, sent in 元. */
export function FundingModal({ application, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const kinds = useDictItems('funding_kind');
  const sources = useDictItems('funding_source_level');
  return (
    <ModalForm<Values>
      title={application ? `登记资金 · ${application.title}` : '登记资金'}
      open
      name="funding-form"
      form={form}
      width={600}
      layout="horizontal"
      labelCol={{ span: 6 }}
      modalProps={{ onCancel: onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={{ applicationId: application?.id, kind: 'grant', occurredOn: dayjs().format('YYYY-MM-DD') }}
      onFinish={async (v) => {
        try {
          await projectApi.createFunding({
            applicationId: v.applicationId,
            kind: v.kind,
            sourceLevel: v.kind === 'matching' ? null : (v.sourceLevel ?? null),
            amount: wanInputToYuan(v.amountWan) ?? '',
            occurredOn: v.occurredOn,
            voucherNo: v.voucherNo || null,
            documentNo: v.documentNo || null,
            remark: v.remark || null,
          });
          showSuccess(`已登记 ${formatWanText(wanInputToYuan(v.amountWan))}`);
          onSaved();
          return true;
        } catch (e) {
          handleMutationError(e, { form });
          return false;
        }
      }}
    >
      {application ? (
        <ProFormSelect
          name="applicationId"
          label="项目"
          disabled
          options={[{ value: application.id, label: application.title }]}
        />
      ) : (
        <ProFormSelect
          name="applicationId"
          label="项目"
          showSearch
          rules={[{ required: true, message: '请选择已立项的项目' }]}
          debounceTime={300}
          request={async ({ keyWords }: { keyWords?: string }) => {
            const res = await api.get<Page<TApplication>>('/applications', {
              state: 'approved,in_progress,midterm,accepted',
              keyword: keyWords,
              pageSize: 50,
            });
            return res.data.map((a) => ({ value: a.id, label: `${a.title}（${a.enterpriseName}）` }));
          }}
        />
      )}
      <ProFormSelect
        name="kind"
        label="记录类型"
        options={kinds.map((k) => ({ value: k.value, label: k.label }))}
        rules={[{ required: true }]}
      />
      <ProFormDependency name={['kind']}>
        {({ kind }) =>
          kind === 'matching' ? null : (
            <ProFormSelect
              name="sourceLevel"
              label="资金来源"
              options={sources.map((k) => ({ value: k.value, label: k.label }))}
              rules={[{ required: true, message: '请选择资金来源级别' }]}
            />
          )
        }
      </ProFormDependency>
      <ProFormDigit
        name="amountWan"
        label="金额（万元）"
        min={0.000001}
        fieldProps={{ stringMode: true }}
        rules={[{ required: true, message: '请输入金额' }]}
      />
      <ProFormDatePicker name="occurredOn" label="日期" rules={[{ required: true }]} />
      <ProFormDependency name={['kind']}>
        {({ kind }) => (
          <ProFormText
            name="voucherNo"
            label="凭证号"
            rules={kind === 'disbursement' ? [{ required: true, message: '资金拨付须填写凭证号' }] : []}
          />
        )}
      </ProFormDependency>
      <ProFormText name="documentNo" label="文号" />
      <ProFormTextArea name="remark" label="备注" fieldProps={{ rows: 2 }} />
    </ModalForm>
  );
}
