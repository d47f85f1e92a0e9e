import { useState } from 'react';
import { Card, Tabs } from 'antd';
import type { TRdTask, TRdTaskSummary } from '@kechuang/domain';
import { RdExportButton } from '../RdExportButton';
import { RdGroupTable } from '../RdGroupTable';
import { RdDeductionTable } from './RdDeductionTable';

type View = 'township' | 'industry' | 'tier' | 'performer' | 'deductions';

/** The task's totals by township, industry, tier and performer, and the 加计扣除 estimate; 导出 the tab shown. */
export function RdSummaryTabs({
  task,
  summary: s,
  basis,
}: {
  task: TRdTask;
  summary: TRdTaskSummary;
  basis: 'approved' | 'reported';
}) {
  const [view, setView] = useState<View>('township');
  return (
    <Card size="small">
      <Tabs
        activeKey={view}
        onChange={(k) => setView(k as View)}
        tabBarExtraContent={
          <RdExportButton taskId={task.id} view={view} basis={basis}>
            导出当前表
          </RdExportButton>
        }
        items={[
          { key: 'township', label: '按乡镇', children: <RdGroupTable rows={s.byTownship} keyTitle="乡镇" /> },
          { key: 'industry', label: '按行业', children: <RdGroupTable rows={s.byIndustry} keyTitle="行业大类" /> },
          { key: 'tier', label: '按梯度', children: <RdGroupTable rows={s.byTier} keyTitle="梯度" /> },
          {
            key: 'performer',
            label: '按执行部门',
            children: <RdGroupTable rows={s.byPerformer} keyTitle="执行部门" />,
          },
          { key: 'deductions', label: '加计扣除测算', children: <RdDeductionTable taskId={task.id} /> },
        ]}
      />
    </Card>
  );
}
