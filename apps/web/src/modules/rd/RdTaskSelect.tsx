import { useEffect, useState } from 'react';
import { Select } from 'antd';
import type { TRdTask } from '@kechuang/domain';
import { rdApi } from './rd.api';
import { showError } from '../../ui/feedback';

/** Picks one of the opened tasks (newest period first); selects the newest when none is chosen yet (`pickNewest`). */
export function RdTaskSelect({
  value,
  onChange,
  pickNewest = true,
}: {
  value: number | null;
  onChange: (task: TRdTask) => void;
  pickNewest?: boolean;
}) {
  const [tasks, setTasks] = useState<TRdTask[]>([]);
  useEffect(() => {
    rdApi.tasks({ pageSize: 100 }).then((p) => {
      const opened = p.data
        .filter((t) => t.status !== 'draft')
        .sort((a, b) => b.period.localeCompare(a.period) || b.id - a.id);
      setTasks(opened);
      if (pickNewest && value === null && opened[0]) onChange(opened[0]);
    }, showError);
    // Loaded once per page; the choice is the page's state.
  }, []);
  return (
    <Select
      style={{ minWidth: 360 }}
      value={value ?? undefined}
      placeholder="选择填报任务"
      aria-label="填报任务"
      options={tasks.map((t) => ({ value: t.id, label: `${t.title}（${t.periodLabel}）` }))}
      onChange={(id) => {
        const t = tasks.find((x) => x.id === id);
        if (t) onChange(t);
      }}
    />
  );
}
