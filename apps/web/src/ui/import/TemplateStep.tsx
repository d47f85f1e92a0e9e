import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { showError } from '../feedback';
import { saveFile } from '../save-file';
import type { ImportSource } from './import-source';

type TemplateSource = Pick<ImportSource, 'template' | 'templateFileName' | 'templateHelp'>;

/** Step 1: the template is generated from the import schema (required columns, dropdowns, 填写说明 sheet). */
export function TemplateStep({ source, onNext }: { source: TemplateSource; onNext: () => void }) {
  const [loading, setLoading] = useState(false);
  const download = async () => {
    setLoading(true);
    try {
      saveFile(await source.template(), source.templateFileName);
    } catch (e) {
      showError(e);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Paragraph style={{ marginBottom: 0 }}>{source.templateHelp}</Typography.Paragraph>
      <Space>
        <Button icon={<DownloadOutlined />} loading={loading} onClick={download}>
          下载导入模板
        </Button>
        <Button type="primary" onClick={onNext}>
          下一步：上传文件
        </Button>
      </Space>
    </Space>
  );
}
