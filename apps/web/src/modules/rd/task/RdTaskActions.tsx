import { useState } from 'react';
import { Button, Popconfirm, Space } from 'antd';
import type { TRdTask } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { ImportWizard } from '../../../ui/import/ImportWizard';
import { RdExportButton } from '../RdExportButton';
import { rdImportSource } from '../rd-import-source';
import { rdApi } from '../rd.api';

/** Open / close / reopen, reminders and export of a task; every move reloads the page's data. */
export function RdTaskActions({ task, onChanged }: { task: TRdTask; onChanged: () => void }) {
  const [importing, setImporting] = useState(false);
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      showSuccess(done);
      onChanged();
    } catch (e) {
      handleMutationError(e, { reload: onChanged });
    }
  };
  return (
    <Space wrap>
      {task.status === 'draft' && (
        <Popconfirm
          title={`发布后 ${task.counts.units} 个单位的企业用户将收到通知并可填报，确定发布？`}
          onConfirm={() => run(() => rdApi.moveTask(task.id, 'open', task.version), '已发布任务，单位可开始填报')}
        >
          <Button type="primary">发布任务</Button>
        </Popconfirm>
      )}
      {task.status === 'open' && (
        <>
          <Button onClick={() => run(() => rdApi.remind(task.id), '已开始催报：未报单位将收到提醒')}>
            催报未报单位
          </Button>
          <Button onClick={() => setImporting(true)}>导入统计报表</Button>
          <Popconfirm
            title="截止后单位不能再保存或提交，确定截止？"
            onConfirm={() => run(() => rdApi.moveTask(task.id, 'close', task.version), '任务已截止')}
          >
            <Button danger>截止任务</Button>
          </Popconfirm>
        </>
      )}
      {task.status === 'closed' && (
        <Button onClick={() => run(() => rdApi.moveTask(task.id, 'reopen', task.version), '任务已重新开放')}>
          重新开放
        </Button>
      )}
      <RdExportButton taskId={task.id} view="units">
        导出单位明细
      </RdExportButton>
      <RdExportButton taskId={task.id} view="completion">
        导出填报率
      </RdExportButton>
      {importing && (
        <ImportWizard source={rdImportSource(task)} onClose={() => setImporting(false)} onImported={onChanged} />
      )}
    </Space>
  );
}
