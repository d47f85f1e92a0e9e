import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { showError } from '../../../ui/feedback';
import { importApi } from '../import.api';
import { saveFile } from '../save-file';

/** Step 1: the template is generated from the import schema (required columns, dropdowns, 填写说明 sheet). */
export function TemplateStep({ onNext }: { onNext: () => void }) {
  const [loading, setLoading] = useState(false);
  const download = async () => {
    setLoading(true);
    try {
      saveFile(await importApi.template(), '企业信息导入模板.xlsx');
    } catch (e) {
      showError(e);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        请使用系统模板填写：带 <Typography.Text type="danger">*</Typography.Text> 的列必填，乡镇、单位类型、高新技术领域从下拉列表选择，信用代码与电话列已设为文本格式。
        按统一社会信用代码导入：已登记的企业更新，未登记的新增；整个文件在一个事务中写入，有错误行时一行也不写入。
      </Typography.Paragraph>
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
