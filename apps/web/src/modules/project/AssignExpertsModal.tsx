import { useEffect, useState } from 'react';
import { Alert, Modal, Space, Spin, Typography } from 'antd';
import { getFeedback, showError, showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { ExpertCandidateTable } from './ExpertCandidateTable';
import { projectApi } from './project.api';
import type { TExpertCandidates } from '@kechuang/domain';

interface Props {
  applicationIds: number[];
  onClose: () => void;
  onSaved: () => void;
}

/** How many experts each application would have after saving: those already assigned plus the new picks. */
function totalsAfter(data: TExpertCandidates, selected: number[]) {
  return data.applications.map((a) => {
    const added = data.experts.filter(
      (x) => selected.includes(x.userId) && !x.applications.find((p) => p.applicationId === a.id)?.assigned,
    ).length;
    return { ...a, total: a.assignedCount + added };
  });
}

/**
 * 指派评审专家 to one or many applications. Conflicted experts are shown and disabled before saving; the server
 * still refuses conflicts and too few experts (another user may have changed a profile meanwhile).
 */
export function AssignExpertsModal({ applicationIds, onClose, onSaved }: Props) {
  const [data, setData] = useState<TExpertCandidates | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    projectApi.expertCandidates(applicationIds).then(setData, (e) => {
      showError(e);
      onClose();
    });
    // Loaded once per opening: the dialog is mounted afresh for other applications.
  }, []);

  const totals = data ? totalsAfter(data, selected) : [];
  const short = totals.filter((a) => a.total < a.minExperts);
  const save = async () => {
    if (!selected.length) return void getFeedback().message.warning('请选择评审专家');
    setSaving(true);
    try {
      const r = await projectApi.assign({ applicationIds, expertIds: selected });
      showSuccess(`已指派 ${r.added} 项评审任务`);
      onSaved();
    } catch (e) {
      handleMutationError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={`指派评审专家（${applicationIds.length} 份申报书）`}
      open
      width={980}
      okText="确定"
      onOk={save}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      {!data ? (
        <Spin style={{ display: 'block', margin: '48px auto' }} />
      ) : (
        <>
          <Alert
            type={short.length ? 'warning' : 'success'}
            showIcon
            style={{ marginBottom: 12 }}
            message={
              <Space size="large" wrap>
                <Typography.Text strong>每份申报书至少 {data.minExperts} 名专家</Typography.Text>
                <span>本次已选 {selected.length} 名</span>
                {data.applications.length === 1 ? (
                  <span>
                    已指派 {data.applications[0].assignedCount} 名，保存后共 {totals[0].total} 名
                  </span>
                ) : (
                  <span>保存后最少的一份共 {Math.min(...totals.map((a) => a.total))} 名</span>
                )}
                {short.length > 0 && (
                  <Typography.Text type="warning">还有 {short.length} 份不足批次要求</Typography.Text>
                )}
              </Space>
            }
            description="与申报单位存在任职或回避关系的专家标为“回避”，不能勾选；专业领域与项目相符的排在前面（绿色标签），其次是在评任务少的。"
          />
          <ExpertCandidateTable data={data} selected={selected} onChange={setSelected} />
        </>
      )}
    </Modal>
  );
}
