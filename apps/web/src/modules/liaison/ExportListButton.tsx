import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import type { DownloadedFile } from '../../api/client';
import { showError, showSuccess } from '../../ui/feedback';
import { saveFile } from '../../ui/save-file';

/** 导出: the list as filtered now, as the server writes it (audited there). */
export function ExportListButton({ load, fileName }: { load: () => Promise<DownloadedFile>; fileName: string }) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      saveFile(await load(), fileName);
      showSuccess('已导出当前筛选的记录');
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={run}>
      导出
    </Button>
  );
}
