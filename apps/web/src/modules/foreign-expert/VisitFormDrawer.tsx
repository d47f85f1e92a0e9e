import { useCallback } from 'react';
import { DrawerForm, ProFormDateRangePicker, ProFormSelect, ProFormTextArea } from '@ant-design/pro-components';
import { Form } from 'antd';
import type { TForeignExpertVisit } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useSession } from '../auth/use-session';
import { enterpriseApi } from '../enterprise/enterprise.api';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { foreignExpertApi } from './foreign-expert.api';
import { RefMultiSelect } from './RefMultiSelect';
import { useTalentBases } from './use-talent-bases';

interface FormValues {
  regionCode: string;
  period: [string, string];
  expertIds: number[];
  enterpriseIds: number[];
  topics: string;
  results?: string;
  talentBaseId?: number;
}

interface Props {
  visit: TForeignExpertVisit | null;
  onClose: () => void;
  onSaved: (saved: TForeignExpertVisit) => void;
}

/** 登记 / 编辑 来访指导: dates, the experts (from the expert profiles), the enterprises served (from the register). */
export function VisitFormDrawer({ visit, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const { user } = useSession();
  const { bases } = useTalentBases();
  const searchExperts = useCallback(
    async (keyword: string) =>
      (await foreignExpertApi.experts({ keyword: keyword || undefined, pageSize: 20 })).data.map((x) => ({
        value: x.id,
        label: `${x.name}${x.countryLabel ? `（${x.countryLabel}）` : ''}`,
      })),
    [],
  );
  const searchEnterprises = useCallback(
    async (keyword: string) => (await enterpriseApi.search(keyword)).data.map((e) => ({ value: e.id, label: e.name })),
    [],
  );

  const save = async (v: FormValues) => {
    const body = {
      regionCode: v.regionCode,
      startOn: v.period[0],
      endOn: v.period[1],
      expertIds: v.expertIds ?? [],
      enterpriseIds: v.enterpriseIds ?? [],
      topics: v.topics,
      results: v.results || null,
      talentBaseId: v.talentBaseId ?? null,
    };
    try {
      const saved = visit
        ? await foreignExpertApi.updateVisit(visit.id, { ...body, version: visit.version })
        : await foreignExpertApi.createVisit(body);
      showSuccess(visit ? '已保存来访指导记录' : '已登记来访指导');
      onSaved(saved);
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };

  const initial: Partial<FormValues> = visit
    ? {
        regionCode: visit.regionCode,
        period: [visit.startOn, visit.endOn],
        expertIds: visit.experts.map((x) => x.id),
        enterpriseIds: visit.enterprises.map((e) => e.id),
        topics: visit.topics,
        results: visit.results ?? undefined,
        talentBaseId: visit.talentBaseId ?? undefined,
      }
    : { regionCode: user?.regionCode };

  return (
    <DrawerForm<FormValues>
      title={visit ? '编辑来访指导' : '登记来访指导'}
      open
      name="foreign-expert-visit-form"
      form={form}
      width={640}
      layout="horizontal"
      labelCol={{ span: 5 }}
      drawerProps={{ onClose, destroyOnHidden: true, maskClosable: false }}
      initialValues={initial}
      submitter={{ searchConfig: { submitText: '保存' } }}
      onFinish={save}
    >
      <ProFormDateRangePicker
        name="period"
        label="来访日期"
        rules={[{ required: true, message: '请选择开始和结束日期' }]}
        fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
      />
      <Form.Item name="expertIds" label="来访专家" rules={[{ required: true, message: '请选择来访专家' }]}>
        <RefMultiSelect
          search={searchExperts}
          initial={visit?.experts.map((x) => ({ value: x.id, label: x.name }))}
          placeholder="输入姓名查找专家库"
        />
      </Form.Item>
      <Form.Item name="enterpriseIds" label="服务企业" rules={[{ required: true, message: '请选择服务企业' }]}>
        <RefMultiSelect
          search={searchEnterprises}
          initial={visit?.enterprises.map((e) => ({ value: e.id, label: e.name }))}
          placeholder="输入企业名称、拼音首字母或信用代码"
        />
      </Form.Item>
      <ProFormTextArea
        name="topics"
        label="指导内容"
        rules={[{ required: true, message: '请输入指导内容' }]}
        fieldProps={{ autoSize: { minRows: 2, maxRows: 5 } }}
      />
      <ProFormTextArea name="results" label="成效" fieldProps={{ autoSize: { minRows: 2, maxRows: 5 } }} />
      <ProFormSelect
        name="talentBaseId"
        label="引智基地"
        allowClear
        options={bases.map((b) => ({ value: b.id, label: b.name }))}
      />
      <Form.Item name="regionCode" label="所属县区" rules={[{ required: true, message: '请选择所属县区' }]}>
        <RegionTreeSelect focusCode={user?.regionCode} selectableLevels={['county']} placeholder="请选择所属县区" />
      </Form.Item>
    </DrawerForm>
  );
}
