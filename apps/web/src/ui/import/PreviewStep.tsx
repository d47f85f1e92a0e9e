import { useState } from 'react';
import { Alert, Button, Col, Row, Space, Statistic, Table, Tooltip } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { TImportJobResult } from '@kechuang/domain';
import { api } from '../../api/client';
import { showError } from '../feedback';
import { saveFile } from '../save-file';
import type { ImportSource } from './import-source';

interface Props {
  result: TImportJobResult;
  sampleColumns: ImportSource['sampleColumns'];
  confirming: boolean;
  onReupload: () => void;
  onConfirm: () => void;
}

type Problem = TImportJobResult['problems'][number];
type Sample = Record<string, unknown>;

/** Step 4: counts, every problem as 第 N 行 · 列名 · 原因, the error report, and 确认导入 only for a clean file. */
export function PreviewStep({ result, sampleColumns, confirming, onReupload, onConfirm }: Props) {
  const [downloading, setDownloading] = useState(false);
  // The job result does not carry problem severity, so file-level notes (an unknown extra column) cannot be told
  // from errors here; a file with a blocking file-level error has no valid rows, which this does catch.
  const clean = result.failedRows === 0 && result.validRows > 0;
  const downloadReport = async () => {
    if (!result.errorReportFileId) return;
    setDownloading(true);
    try {
      saveFile(await api.download(`/files/${result.errorReportFileId}`), '错误报告.xlsx');
    } catch (e) {
      showError(e);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Row gutter={16}>
        <Col span={5}>
          <Statistic title="总行数" value={result.totalRows} />
        </Col>
        <Col span={5}>
          <Statistic title="可导入" value={result.validRows} valueStyle={{ color: '#389e0d' }} />
        </Col>
        <Col span={5}>
          <Statistic
            title="失败"
            value={result.failedRows}
            suffix="行"
            valueStyle={{ color: result.failedRows ? '#cf1322' : undefined }}
          />
        </Col>
        {/* Only imports that create or update records report these counts. */}
        {result.toCreate !== undefined && (
          <Col span={5}>
            <Statistic title="将新增" value={result.toCreate} />
          </Col>
        )}
        {result.toUpdate !== undefined && (
          <Col span={4}>
            <Statistic title="将更新" value={result.toUpdate} />
          </Col>
        )}
      </Row>
      {clean ? (
        <Alert type="success" showIcon message={`校验通过：${result.summary}，可以确认导入`} />
      ) : (
        <Alert
          type="error"
          showIcon
          message={`校验未通过：${result.summary}`}
          description="本次未写入任何数据。请下载错误报告，按“错误原因”列修改后重新上传。"
        />
      )}
      {result.problems.length > 0 ? (
        <Table<Problem>
          size="small"
          rowKey={(p, i) => `${p.row}-${p.column}-${i}`}
          dataSource={result.problems}
          pagination={result.problems.length > 8 ? { pageSize: 8, size: 'small' } : false}
          columns={[
            {
              title: '位置',
              dataIndex: 'row',
              width: 90,
              render: (r: number | null) => (r === null ? '整个文件' : `第 ${r} 行`),
            },
            { title: '列名', dataIndex: 'column', width: 150, render: (c: string | null) => c ?? '-' },
            // The server prefixes each message with its column (for the error report); the table has a column for that.
            {
              title: '原因',
              dataIndex: 'message',
              render: (m: string, p) => (p.column && m.startsWith(`${p.column}：`) ? m.slice(p.column.length + 1) : m),
            },
          ]}
        />
      ) : (
        <Table<Sample>
          size="small"
          rowKey={(s, i) => `${String(s.row ?? i)}`}
          dataSource={result.sample as Sample[]}
          pagination={false}
          title={() => `将写入的数据（前 ${result.sample.length} 行）`}
          scroll={{ y: 240 }}
          columns={sampleColumns}
        />
      )}
      <Space>
        {result.errorReportFileId && (
          <Button icon={<DownloadOutlined />} loading={downloading} onClick={downloadReport}>
            下载错误报告
          </Button>
        )}
        <Button onClick={onReupload}>重新上传</Button>
        <Tooltip title={clean ? undefined : '有错误行时不能导入，请修改后重新上传'}>
          <Button type="primary" disabled={!clean} loading={confirming} onClick={onConfirm}>
            确认导入
          </Button>
        </Tooltip>
      </Space>
    </Space>
  );
}
