import { Alert, Button, Progress, Space, Typography } from 'antd';
import type { TJob } from '@kechuang/domain';

interface Props {
  job: TJob | null;
  /** What is being done, e.g. 正在校验 / 正在写入. */
  doing: string;
  onBack: () => void;
}

/** A job's progress bar and message; on failure the server's message and a way back. */
export function JobProgress({ job, doing, onBack }: Props) {
  if (job?.status === 'failed') {
    return (
      <Space direction="vertical" style={{ width: '100%' }} size={16}>
        <Alert type="error" showIcon message={`${doing}失败`} description={job.message ?? '任务失败，请稍后重试'} />
        <Button onClick={onBack}>重新上传</Button>
      </Space>
    );
  }
  return (
    <div style={{ padding: '32px 48px', textAlign: 'center' }}>
      <Progress percent={Math.round(job?.progress ?? 0)} status="active" />
      <Typography.Text type="secondary">{job?.message ?? `${doing}，请稍候…`}</Typography.Text>
    </div>
  );
}
