import { useState } from 'react';
import { Button, Space, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { showError } from '../feedback';

interface Props {
  upload: (file: File) => Promise<{ jobId: number }>;
  onBack: () => void;
  /** The validation job the upload started. */
  onUploaded: (jobId: number) => void;
}

/** Step 2: pick one .xlsx and upload it; the server checks every row in a background job. */
export function UploadStep({ upload, onBack, onUploaded }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [sending, setSending] = useState(false);
  const start = async () => {
    if (!file) return;
    setSending(true);
    try {
      onUploaded((await upload(file)).jobId);
    } catch (e) {
      showError(e);
    } finally {
      setSending(false);
    }
  };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Upload.Dragger
        accept=".xlsx"
        maxCount={1}
        // Keep the file in the browser until 开始校验: antd would otherwise post it on its own, without our client.
        beforeUpload={(f) => {
          setFile(f);
          return false;
        }}
        onRemove={() => setFile(null)}
        fileList={file ? [{ uid: 'import', name: file.name, status: 'done' }] : []}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击或拖拽 Excel 文件（.xlsx）到此处</p>
        <p className="ant-upload-hint">文件大小与行数上限见模板“填写说明”工作表</p>
      </Upload.Dragger>
      <Space>
        <Button onClick={onBack}>上一步</Button>
        <Button type="primary" disabled={!file} loading={sending} onClick={start}>
          开始校验
        </Button>
      </Space>
    </Space>
  );
}
