import { useState } from 'react';
import { DrawerForm, ProFormDatePicker, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import type { TEnterprise } from '@kechuang/domain';
import { ApiError } from '../../api/client';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useSession } from '../auth/use-session';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { CreditCodeFields } from './CreditCodeFields';
import { enterpriseApi } from './enterprise.api';
import { bodyOf, formValuesOf, UNIT_KIND_OPTIONS, type EnterpriseFormValues } from './enterprise-form-values';
import { HightechDomainSelect } from './HightechDomainSelect';
import { IndustryTreeSelect } from './IndustryTreeSelect';
import { useTownships } from './use-townships';

interface Props {
  /** The record being edited, or null to add one. */
  enterprise: TEnterprise | null;
  onClose: () => void;
  onSaved: (saved: TEnterprise) => void;
}

const isCheckCharRefusal = (e: unknown) =>
  e instanceof ApiError &&
  Array.isArray(e.details) &&
  e.details.some((d) => (d as { code?: string })?.code === 'CREDIT_CODE_CHECK');

/** 新建 / 编辑 企业 in a drawer; a credit code failing its check character needs a reason (校验例外). */
export function EnterpriseFormDrawer({ enterprise, onClose, onSaved }: Props) {
  const [form] = Form.useForm<EnterpriseFormValues>();
  const { user } = useSession();
  const [refused, setRefused] = useState(false);
  const regionCode = Form.useWatch('regionCode', form);
  const townships = useTownships(regionCode);

  const save = async (v: EnterpriseFormValues) => {
    try {
      const body = bodyOf(v, enterprise);
      const saved = enterprise
        ? await enterpriseApi.update(enterprise.id, { ...body, version: enterprise.version })
        : await enterpriseApi.create(body);
      showSuccess(enterprise ? `已保存“${saved.name}”` : `已将“${saved.name}”纳入企业名录`);
      onSaved(saved);
      return true;
    } catch (e) {
      // The server refused the check character: the reason field shows and the message stays under the code.
      if (isCheckCharRefusal(e)) setRefused(true);
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };

  return (
    <DrawerForm<EnterpriseFormValues>
      title={enterprise ? `编辑企业 · ${enterprise.name}` : '新建企业'}
      open
      name="enterprise-form"
      form={form}
      width={640}
      layout="horizontal"
      labelCol={{ span: 6 }}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={
        enterprise ? formValuesOf(enterprise) : { unitKind: 'enterprise', regionCode: user?.regionCode, tags: [] }
      }
      onFinish={save}
    >
      <ProFormText
        name="name"
        label="企业名称"
        rules={[{ required: true, message: '请输入企业名称' }]}
        placeholder="与营业执照一致"
      />
      <ProFormSelect name="unitKind" label="单位类型" options={UNIT_KIND_OPTIONS} allowClear={false} />
      <CreditCodeFields form={form} refused={refused} />
      <Form.Item name="regionCode" label="所属县区" rules={[{ required: true, message: '请选择所属县区' }]}>
        <RegionTreeSelect focusCode={user?.regionCode} selectableLevels={['county']} placeholder="请选择所属县区" />
      </Form.Item>
      <ProFormSelect
        name="townshipCode"
        label="所属乡镇"
        options={townships.map((t) => ({ value: t.code, label: t.name }))}
        fieldProps={{ showSearch: true, optionFilterProp: 'label' }}
        placeholder={townships.length ? '请选择乡镇' : '请先选择县区'}
      />
      <Form.Item name="industryCode" label="所属行业" extra="GB/T 4754-2017，可输入名称或代码搜索">
        <IndustryTreeSelect />
      </Form.Item>
      <Form.Item name="hightechDomain" label="高新技术领域">
        <HightechDomainSelect />
      </Form.Item>
      <ProFormDatePicker
        name="foundedOn"
        label="成立日期"
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      <ProFormTextArea name="address" label="地址" fieldProps={{ autoSize: { minRows: 1, maxRows: 3 } }} />
      <ProFormText name="legalRepresentative" label="法定代表人" />
      <ProFormText name="contactName" label="联系人" />
      <ProFormText
        name="contactPhone"
        label="联系电话"
        placeholder={enterprise ? '不修改请保持原样' : '手机号或带区号的座机'}
      />
      <ProFormSelect
        name="tags"
        label="标签"
        mode="tags"
        placeholder="输入后回车，如 规上企业"
        fieldProps={{ tokenSeparators: ['、', ',', '，'] }}
      />
    </DrawerForm>
  );
}
