import { useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import { Card, Descriptions, Result, Space, Spin } from 'antd';
import { usePageTitle } from '../../../ui/page-title';
import { useLoader } from '../../../ui/use-loader';
import { rdApi } from '../rd.api';
import { TaskStatusTag } from '../rd-status';
import { AddUnitsButton } from './AddUnitsButton';
import { RdCompletionCard } from './RdCompletionCard';
import { RdTaskActions } from './RdTaskActions';
import { RdUnitTable } from './RdUnitTable';

/** One collection task: its state and moves, the completion rate per township, and its units. */
export function RdTaskDetail({ id }: { id: number }) {
  const task = useLoader(id, () => rdApi.task(id));
  const completion = useLoader(id, () => rdApi.completion(id));
  usePageTitle(task.data?.title);
  // The unit table reloads itself by being mounted again after a change elsewhere on the page.
  const [round, setRound] = useState(0);
  const reload = () => {
    task.reload();
    completion.reload();
    setRound((r) => r + 1);
  };
  if (task.loading && !task.data) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (!task.data) return <Result status="404" title="未找到该填报任务" />;
  const t = task.data;
  return (
    <PageContainer
      title={t.title}
      subTitle={<TaskStatusTag status={t.status} />}
      extra={<RdTaskActions task={t} onChanged={reload} />}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small" extra={t.status !== 'closed' && <AddUnitsButton task={t} onAdded={reload} />}>
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
