/** Setup for the R&D browser flow: a draft task for ten units of the demo register, qiye's enterprise among them. */
import { apiCall, type ApiSession } from './project-api';

interface EnterpriseRow {
  id: number;
  name: string;
}

/** A draft collection task (staff open it in the browser) for 青龙管业 and nine other units of the register. */
export async function createDraftTask(
  base: string,
  staff: ApiSession,
  title: string,
  period: string,
): Promise<{ id: number }> {
  const own = await apiCall<{ data: EnterpriseRow[] }>(base, staff, 'GET', '/enterprises?keyword=qlgy&pageSize=5');
  const others = await apiCall<{ data: EnterpriseRow[] }>(
    base,
    staff,
    'GET',
    '/enterprises?pageSize=30&sort=name&order=ascend',
  );
  const qinglong = own.data.find((e) => e.name.includes('青龙管业'));
  if (!qinglong) throw new Error('demo enterprise 青龙管业 not found');
  const ids = [qinglong.id, ...others.data.filter((e) => e.id !== qinglong.id).map((e) => e.id)].slice(0, 10);
  const task = await apiCall<{ id: number; counts: { units: number } }>(base, staff, 'POST', '/rd/tasks', {
    title,
    period,
    dueDate: '2099-12-31',
    units: { picks: [], tags: [], enterpriseIds: ids },
  });
  if (task.counts.units !== 10) throw new Error(`expected 10 units in the task, got ${task.counts.units}`);
  return task;
}
