import { useEffect, useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import { Space } from 'antd';
import type { TRdTask } from '@kechuang/domain';
import { showError } from '../../../ui/feedback';
import { recordIdsOf } from '../../../ui/open-records';
import { rdApi } from '../rd.api';
import { RdTaskSelect } from '../RdTaskSelect';
import { RdFindingsTable } from './RdFindingsTable';
import { RdReviewQueue } from './RdReviewQueue';

/**
 * 审核与核查: pick a task; the forms waiting for review, and every open finding across its units. With `ids` (a
 * dashboard or report figure's units, ?ids=1,2,3 or a record set's ids=set:<token>) it opens on their task and lists exactly those units.
 */
export function RdReview({ ids }: { ids?: string }) {
  const [task, setTask] = useState<TRdTask | null>(null);
  const [citedTaskId, setCitedTaskId] = useState<number | null>(null);
  useEffect(() => {
    if (!ids) return;
    recordIdsOf(ids)
      .then((list) => rdApi.form(list[0]))
      .then((form) => rdApi.task(form.taskId))
      .then((t) => {
        setCitedTaskId(t.id);
        setTask(t);
      }, showError);
  }, [ids]);
  // Another task picked by hand lists its own queue.
  const cited = Boolean(ids) && task !== null && task.id === citedTaskId;
  return (
    <PageContainer
      content="审核已提交的填报表（通过或退回并说明原因），并查看任务内全部单位的核查问题与逾期未报。"
      extra={<RdTaskSelect value={task?.id ?? null} onChange={setTask} pickNewest={!ids} />}
    >
      {task && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} key={task.id}>
          <RdReviewQueue task={task} ids={cited ? ids : undefined} />
          <RdFindingsTable task={task} />
        </Space>
      )}
    </PageContainer>
  );
}
