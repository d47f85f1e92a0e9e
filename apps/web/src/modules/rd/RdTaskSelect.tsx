import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Select } from 'antd';
import type { TRdTask } from '@kechuang/domain';
import { rdApi } from './rd.api';
import { showError } from '../../ui/feedback';

/**
 * Picks one of the opened tasks (newest period first). The choice is kept in the address (`?task=<id>`), so a
 * link opens a given task's review or summary; without one, the newest is chosen (unless `pickNewest` is off).
 */
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
  const [params, setParams] = useSearchParams();
  const choose = (t: TRdTask) => {
    setParams((p) => ({ ...Object.fromEntries(p), task: String(t.id) }), { replace: true });
    onChange(t);
  };
  useEffect(() => {
    rdApi.tasks({ pageSize: 100 }).then((p) => {
      const opened = p.data
        .filter((t) => t.status !== 'draft')
        .sort((a, b) => b.period.localeCompare(a.period) || b.id - a.id);
      setTasks(opened);
      const linked = opened.find((t) => String(t.id) === params.get('task'));
      const chosen = linked ?? (pickNewest ? opened[0] : undefined);
      if (value === null && chosen) onChange(chosen);
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
        if (t) choose(t);
      }}
    />
  );
}
