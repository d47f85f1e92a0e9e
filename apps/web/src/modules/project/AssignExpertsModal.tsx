import { useEffect, useState } from 'react';
import { ModalForm, ProFormSelect } from '@ant-design/pro-components';
import { Alert } from 'antd';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { projectApi } from './project.api';
import type { TExpertProfile } from './project-types';

interface Props {
  applicationIds: number[];
  onClose: () => void;
  onSaved: () => void;
}

/** 指派评审专家 to one or many applications; the server refuses conflicts of interest and too few experts. */
export function AssignExpertsModal({ applicationIds, onClose, onSaved }: Props) {
  const [experts, setExperts] = useState<TExpertProfile[]>([]);
  useEffect(() => {
    projectApi.experts().then(setExperts, () => setExperts([]));
  }, []);
  return (
    <ModalForm<{ expertIds: number[] }>
      title={`指派评审专家（${applicationIds.length} 份申报书）`}
      open
      name="assign-form"
      width={560}
      modalProps={{ onCancel: onClose, destroyOnHidden: true }}
      onFinish={async (v) => {
        try {
          const r = await projectApi.assign({ applicationIds, expertIds: v.expertIds });
          showSuccess(`已指派 ${r.added} 项评审任务`);
          onSaved();
          return true;
        } catch (e) {
          handleMutationError(e);
          return false;
        }
      }}
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} message="与申报单位存在任职或回避关系的专家将被拒绝；每份申报书的专家人数不得少于批次要求。" />
      <ProFormSelect
        name="expertIds"
        label="评审专家"
        mode="multiple"
        rules={[{ required: true, message: '请选择评审专家' }]}
        options={experts.map((x) => ({ value: x.userId, label: `${x.name}（${x.employerName ?? '未填单位'}${x.title ? ' · ' + x.title : ''}）` }))}
      />
    </ModalForm>
  );
}
