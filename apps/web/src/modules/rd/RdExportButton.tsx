import { Button } from 'antd';
import { saveFile } from '../../ui/save-file';
import { handleMutationError } from '../../ui/mutation-error';
import { rdApi, type RdExportView } from './rd.api';

/** 导出 one view of a task as the server builds it (the server names the file and audits the export). */
export function RdExportButton({
  taskId,
  view,
  basis,
  children,
}: {
  taskId: number;
  view: RdExportView;
  basis?: 'approved' | 'reported';
  children: string;
}) {
  const download = () =>
    rdApi.exportTask(taskId, view, basis).then(
      (f) => saveFile(f, `${children}.xlsx`),
      (e: unknown) => handleMutationError(e),
    );
  return <Button onClick={download}>{children}</Button>;
}
