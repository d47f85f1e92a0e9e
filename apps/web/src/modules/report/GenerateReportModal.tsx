import { useState } from 'react';
import { Alert, Form, Modal, Progress, Select, Typography } from 'antd';
import type { TJob } from '@kechuang/domain';
import { handleMutationError } from '../../ui/mutation-error';
import { useJobPoll } from '../../ui/import/use-job-poll';
import { useSession } from '../auth/use-session';
import { RegionTreeSelect } from '../regions/RegionTreeSelect';
import { reportApi } from './report.api';
import { periodOptions } from './report-periods';

interface Props {
  open: boolean;
  onClose: () => void;
  /** Called with the new report once its generation job has succeeded. */
  onGenerated: (reportId: number) => void;
}

interface Values {
  regionCode: string;
  period: string;
}

/** 生成工作总结: a region and a period, then the generation job's progress until the draft is ready. */
export function GenerateReportModal({ open, onClose, onGenerated }: Props) {
  const { user } = useSession();
  const [form] = Form.useForm<Values>();
  const [started, setStarted] = useState<{ reportId: number; jobId: number } | null>(null);
  const job = useJobPoll(started?.jobId ?? null, (j: TJob) => {
    if (j.status === 'succeeded' && started) onGenerated(started.reportId);
  });

  const submit = async () => {
    const values = await form.validateFields();
    try {
      setStarted(await reportApi.generate(values));
    } catch (e) {
      handleMutationError(e, { form });
    }
  };
  const close = () => {
    setStarted(null);
    onClose();
  };
  const running = started !== null && job?.status !== 'failed';

  return (
    <Modal
      title="生成工作总结"
      open={open}
      onOk={() => void submit()}
      okText="生成"
      okButtonProps={{ loading: running, disabled: running }}
      onCancel={close}
      destroyOnHidden
    >
      <Form
        form={form}
        name="generate-report"
        layout="vertical"
        initialValues={{ regionCode: user?.regionCode }}
        disabled={running}
      >
        <Form.Item name="regionCode" label="区划" rules={[{ required: true, message: '请选择区划' }]}>
          <RegionTreeSelect
            focusCode={user?.regionCode}
            selectableLevels={['province', 'city', 'county']}
            placeholder="请选择县区（或市、省，汇总其所辖县区）"
          />
        </Form.Item>
        <Form.Item name="period" label="统计期间" rules={[{ required: true, message: '请选择统计期间' }]}>
          <Select options={periodOptions()} placeholder="请选择半年或年度" showSearch optionFilterProp="label" />
        </Form.Item>
      </Form>
      {started && job?.status === 'failed' && (
        <Alert type="error" showIcon message="生成失败" description={job.message ?? '任务失败，请稍后重试'} />
      )}
      {running && (
        <div data-testid="report-job-progress">
          <Progress percent={Math.round(job?.progress ?? 0)} status="active" />
          <Typography.Text type="secondary">{job?.message ?? '正在汇总各模块的记录，请稍候…'}</Typography.Text>
        </div>
      )}
    </Modal>
  );
}
