import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { ModalForm, PageContainer, ProFormItem } from '@ant-design/pro-components';
import { Button, Card, Descriptions, Result, Space, Spin } from 'antd';
import { useLoader } from '../../modules/enterprise/use-loader';
import { EnterpriseMultiPicker } from '../../modules/rd/EnterpriseMultiPicker';
import { RdCompletionCard } from '../../modules/rd/RdCompletionCard';
import { RdTaskActions } from '../../modules/rd/RdTaskActions';
import { RdUnitTable } from '../../modules/rd/RdUnitTable';
import { rdApi } from '../../modules/rd/rd.api';
import { TaskStatusTag } from '../../modules/rd/rd-status';
import { getFeedback, showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';

/** One collection task: its state and moves, the completion rate per township, and its units. */
export default function TaskDetailPage() {
  const id = Number(useParams().id);
  const task = useLoader(id, () => rdApi.task(id));
  const completion = useLoader(id, () => rdApi.completion(id));
  const [round, setRound] = useState(0);
  const reload = () => {
    task.reload();
    completion.reload();
    setRound((r) => r + 1);
  };
  if (task.loading && !task.data) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (!task.data) return <Result status="404" title="未找到该填报任务" />;
  const t = task.data;
  const addUnits = async (v: { enterpriseIds?: number[] }) => {
    try {
      const r = await rdApi.addUnits(t.id, t.version, v.enterpriseIds ?? []);
      showSuccess(`已增加 ${r.added} 个填报单位`);
      if (r.skipped.length > 0) {
        getFeedback().modal.info({
          title: '部分单位未加入',
          content: r.skipped.map((s) => `${s.enterpriseName}：${s.reason}`).join('；'),
        });
      }
      reload();
      return true;
    } catch (e) {
      handleMutationError(e, { reload });
      return false;
    }
  };
  return (
    <PageContainer
      title={t.title}
      subTitle={<TaskStatusTag status={t.status} />}
      extra={<RdTaskActions task={t} onChanged={reload} />}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card
          size="small"
          extra={
            t.status !== 'closed' && (
              <ModalForm<{ enterpriseIds?: number[] }>
                title="增加填报单位"
                trigger={<Button>增加填报单位</Button>}
                onFinish={addUnits}
                modalProps={{ destroyOnHidden: true }}
              >
                <ProFormItem
                  name="enterpriseIds"
                  label="单位"
                  rules={[{ required: true, message: '请选择要增加的单位' }]}
                >
                  <EnterpriseMultiPicker />
                </ProFormItem>
              </ModalForm>
            )
          }
        >
          <Descriptions column={4} size="small">
            <Descriptions.Item label="期间">{t.periodLabel}</Descriptions.Item>
            <Descriptions.Item label="截止日期">{t.dueDate}</Descriptions.Item>
            <Descriptions.Item label="区划">{t.regionName ?? t.regionCode}</Descriptions.Item>
            <Descriptions.Item label="全县汇总">{t.published ? '已发布' : '未发布'}</Descriptions.Item>
            {t.remark && (
              <Descriptions.Item label="备注" span={4}>
                {t.remark}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        {completion.data && <RdCompletionCard completion={completion.data} />}
        <div key={round}>
          <RdUnitTable task={t} onChanged={reload} />
        </div>
      </Space>
    </PageContainer>
  );
}
