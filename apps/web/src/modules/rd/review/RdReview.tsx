import { useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import { Space } from 'antd';
import type { TRdTask } from '@kechuang/domain';
import { RdTaskSelect } from '../RdTaskSelect';
import { RdFindingsTable } from './RdFindingsTable';
import { RdReviewQueue } from './RdReviewQueue';

/** 审核与核查: pick a task; the forms waiting for review, and every open finding across its units. */
export function RdReview() {
  const [task, setTask] = useState<TRdTask | null>(null);
  return (
    <PageContainer
      content="审核已提交的填报表（通过或退回并说明原因），并查看任务内全部单位的核查问题与逾期未报。"
      extra={<RdTaskSelect value={task?.id ?? null} onChange={setTask} />}
    >
      {task && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} key={task.id}>
          <RdReviewQueue task={task} />
          <RdFindingsTable task={task} />
        </Space>
      )}
    </PageContainer>
  );
}
