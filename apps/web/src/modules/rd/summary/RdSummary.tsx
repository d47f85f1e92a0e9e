import { useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import { Radio, Space } from 'antd';
import type { TRdTask } from '@kechuang/domain';
import { useLoader } from '../../../ui/use-loader';
import { rdApi } from '../rd.api';
import { RdTaskSelect } from '../RdTaskSelect';
import { RdSummaryTabs } from './RdSummaryTabs';
import { RdSummaryTotals } from './RdSummaryTotals';
import { RdTrendCard } from './RdTrendCard';

type Basis = 'approved' | 'reported';

/**
 * 汇总与强度: pick a task and whether to count only approved forms; the totals (with GDP and publishing), the
 * groupings with the 加计扣除 estimate, and the trend over all periods.
 */
export function RdSummary() {
  const [task, setTask] = useState<TRdTask | null>(null);
  const [basis, setBasis] = useState<Basis>('approved');
  const summary = useLoader(task ? `${task.id}-${basis}` : null, () => rdApi.summary(task!.id, basis));
  const trend = useLoader('trend', () => rdApi.trend());
  const s = summary.data;

  return (
    <PageContainer
      content="按乡镇、行业、梯度与执行部门汇总研发经费，计算研发经费投入强度（研发经费 ÷ 地区生产总值），测算加计扣除；发布后企业用户可查看全县汇总。"
      extra={
        <Space wrap>
          <RdTaskSelect value={task?.id ?? null} onChange={setTask} />
          <Radio.Group
            value={basis}
            onChange={(e) => setBasis(e.target.value as Basis)}
            optionType="button"
            options={[
              { value: 'approved', label: '仅审核通过' },
              { value: 'reported', label: '含已提交' },
            ]}
          />
        </Space>
      }
    >
      {task && s && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <RdSummaryTotals
            task={task}
            summary={s}
            onGdpSaved={() => {
              summary.reload();
              trend.reload();
            }}
            onPublished={(next) => {
              setTask(next);
              summary.reload();
            }}
          />
          <RdSummaryTabs task={task} summary={s} basis={basis} />
          <RdTrendCard points={trend.data ?? []} />
        </Space>
      )}
    </PageContainer>
  );
}
