import { useEffect, useState } from 'react';
import { ModalForm, ProFormCheckbox, ProFormSelect } from '@ant-design/pro-components';
import { Button, Form } from 'antd';
import type { TEvalEntry, TExpertProfile } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { projectApi } from '../../project/project.api';
import { evaluationApi } from './evaluation.api';

type Values = { entryIds: number[]; expertIds: number[] };

/**
 * 指派专家: experts of the project module's library to the chosen platforms. The server applies the one
 * conflict-of-interest rule and names the expert and operator it refuses.
 */
export function AssignEvalExpertsModal({ entries, onAssigned }: { entries: TEvalEntry[]; onAssigned: () => void }) {
  const [form] = Form.useForm<Values>();
  const [experts, setExperts] = useState<TExpertProfile[]>([]);
  useEffect(() => {
    projectApi.experts().then(setExperts, () => setExperts([]));
  }, []);
  return (
    <ModalForm<Values>
      title="指派评审专家"
      form={form}
      name="assign-eval-experts"
      trigger={<Button>指派专家</Button>}
      modalProps={{ destroyOnHidden: true }}
      initialValues={{ entryIds: entries.map((e) => e.id), expertIds: [] }}
      onFinish={async (v) => {
        try {
          const { added } = await evaluationApi.assign(v);
          showSuccess(`已指派 ${added} 项评审任务`);
          onAssigned();
          return true;
        } catch (e) {
          handleMutationError(e, { form });
          return false;
        }
      }}
    >
      <ProFormCheckbox.Group
        name="entryIds"
        label="平台"
        options={entries.map((e) => ({ label: e.platformName, value: e.id }))}
        rules={[{ required: true, message: '请选择平台' }]}
      />
      <ProFormSelect
        name="expertIds"
        label="评审专家"
        mode="multiple"
        options={experts.map((x) => ({ label: `${x.name}（${x.employerName ?? '未填工作单位'}）`, value: x.userId }))}
        rules={[{ required: true, message: '请选择评审专家' }]}
      />
    </ModalForm>
  );
}
