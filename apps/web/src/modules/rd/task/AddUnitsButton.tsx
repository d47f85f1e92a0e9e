import { ModalForm, ProFormItem } from '@ant-design/pro-components';
import { Button } from 'antd';
import type { TRdTask } from '@kechuang/domain';
import { getFeedback, showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { rdApi } from '../rd.api';
import { EnterpriseMultiPicker } from './EnterpriseMultiPicker';

/** 增加填报单位: adds picked enterprises to a task; those the server skips are listed with the reason. */
export function AddUnitsButton({ task, onAdded }: { task: TRdTask; onAdded: () => void }) {
  const addUnits = async (v: { enterpriseIds?: number[] }) => {
    try {
      const r = await rdApi.addUnits(task.id, task.version, v.enterpriseIds ?? []);
      showSuccess(`已增加 ${r.added} 个填报单位`);
      if (r.skipped.length > 0) {
        getFeedback().modal.info({
          title: '部分单位未加入',
          content: r.skipped.map((s) => `${s.enterpriseName}：${s.reason}`).join('；'),
        });
      }
      onAdded();
      return true;
    } catch (e) {
      handleMutationError(e, { reload: onAdded });
      return false;
    }
  };
  return (
    <ModalForm<{ enterpriseIds?: number[] }>
      title="增加填报单位"
      trigger={<Button>增加填报单位</Button>}
      onFinish={addUnits}
      modalProps={{ destroyOnHidden: true }}
    >
      <ProFormItem name="enterpriseIds" label="单位" rules={[{ required: true, message: '请选择要增加的单位' }]}>
        <EnterpriseMultiPicker />
      </ProFormItem>
    </ModalForm>
  );
}
