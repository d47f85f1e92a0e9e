import { ModalForm, ProFormText } from '@ant-design/pro-components';
import { Button } from 'antd';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { rdApi } from './rd.api';

/** Enters (or corrects) the period's GDP in 元 with its source; R&D intensity is computed from it. */
export function GdpModal({
  period,
  periodLabel,
  onSaved,
}: {
  period: string;
  periodLabel: string;
  onSaved: () => void;
}) {
  return (
    <ModalForm<{ value: string; source: string }>
      title={`录入${periodLabel}地区生产总值`}
      trigger={<Button>录入 GDP</Button>}
      modalProps={{ destroyOnHidden: true }}
      request={async () => {
        const [current] = await rdApi.indicators(period);
        return { value: current?.value ?? '', source: current?.source ?? '' };
      }}
      onFinish={async (v) => {
        try {
          const [current] = await rdApi.indicators(period);
          await rdApi.saveIndicator({
            code: 'gdp',
            period,
            value: v.value,
            source: v.source,
            version: current?.version,
          });
          showSuccess('已保存地区生产总值');
          onSaved();
          return true;
        } catch (e) {
          handleMutationError(e);
          return false;
        }
      }}
    >
      <ProFormText
        name="value"
        label="地区生产总值（元）"
        rules={[{ required: true, message: '请填写地区生产总值' }]}
        fieldProps={{ suffix: '元' }}
      />
      <ProFormText
        name="source"
        label="数据来源"
        rules={[{ required: true, message: '请填写数据来源，如 县统计局' }]}
        placeholder="如 陇西县统计局 2022 年上半年统计快报"
      />
    </ModalForm>
  );
}
