import {
  ModalForm,
  ProFormCheckbox,
  ProFormDatePicker,
  ProFormDigit,
  ProFormSelect,
  ProFormText,
} from '@ant-design/pro-components';
import { Button, Form } from 'antd';
import { TECH_PLATFORM_KIND_DICT, TECH_PLATFORM_LEVEL_DICT, type TOpenEvalRoundRequest } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { useSession } from '../../auth/use-session';
import { useDictItems } from '../../dict/use-dict-items';
import { evaluationApi } from './evaluation.api';

/** The kinds a round evaluates (docs/rules.md §5.4: 孵化器 and 众创空间; schemes exist per kind and level). */
const EVALUATED_KINDS = ['incubator', 'makerspace'];

/** 开启评价: a county, the kinds, the level and the year; the server enters every recognised platform. */
export function OpenRoundModal({ onOpened }: { onOpened: (id: number) => void }) {
  const [form] = Form.useForm<TOpenEvalRoundRequest>();
  const { user } = useSession();
  const kinds = useDictItems(TECH_PLATFORM_KIND_DICT).filter((k) => EVALUATED_KINDS.includes(k.value));
  const levels = useDictItems(TECH_PLATFORM_LEVEL_DICT);
  return (
    <ModalForm<TOpenEvalRoundRequest>
      title="开启综合评价"
      form={form}
      name="open-round"
      trigger={<Button type="primary">开启评价</Button>}
      modalProps={{ destroyOnHidden: true }}
      initialValues={{
        regionCode: user?.regionCode,
        kinds: EVALUATED_KINDS,
        level: 'provincial',
        year: new Date().getFullYear(),
      }}
      onFinish={async (v) => {
        try {
          const round = await evaluationApi.open({
            ...v,
            title: v.title || undefined,
            openedOn: v.openedOn || undefined,
          });
          showSuccess(`已开启“${round.title}”，共 ${round.entries} 个平台`);
          onOpened(round.id);
          return true;
        } catch (e) {
          handleMutationError(e, { form });
          return false;
        }
      }}
    >
      <ProFormText name="regionCode" label="县区代码" rules={[{ required: true }]} width="sm" />
      <ProFormCheckbox.Group
        name="kinds"
        label="平台类型"
        options={kinds.map((k) => ({ label: k.label, value: k.value }))}
        rules={[{ required: true, message: '请选择平台类型' }]}
      />
      <ProFormSelect
        name="level"
        label="平台级别"
        width="sm"
        options={levels.map((l) => ({ label: l.label, value: l.value }))}
        rules={[{ required: true }]}
      />
      <ProFormDigit
        name="year"
        label="评价年度"
        width="sm"
        min={2000}
        max={2100}
        fieldProps={{ precision: 0 }}
        rules={[{ required: true }]}
      />
      <ProFormDatePicker name="openedOn" label="开始日期" width="sm" fieldProps={{ format: 'YYYY-MM-DD' }} />
      <ProFormText name="title" label="批次名称" placeholder="默认：年度 + 级别 + 类型 + 综合评价" />
    </ModalForm>
  );
}
