import { useState } from 'react';
import { Button, Modal, Result, Steps } from 'antd';
import type { TImportJobResult, TJob } from '@kechuang/domain';
import { showError } from '../feedback';
import type { ImportSource } from './import-source';
import { JobProgress } from './JobProgress';
import { PreviewStep } from './PreviewStep';
import { TemplateStep } from './TemplateStep';
import { UploadStep } from './UploadStep';
import { useJobPoll } from './use-job-poll';

type Step = 'template' | 'upload' | 'validating' | 'preview' | 'committing' | 'done';
const ORDER: Step[] = ['template', 'upload', 'validating', 'preview', 'committing', 'done'];
const TITLES = ['下载模板', '上传文件', '校验', '预览', '写入', '完成'];

/**
 * Every Excel import: template → upload → validation job → preview → commit job → done. Both jobs keep running on
 * the server if the dialog is closed; their results stay in 任务中心.
 */
export function ImportWizard<Committed extends object>({
  source,
  onClose,
  onImported,
}: {
  source: ImportSource<Committed>;
  onClose: () => void;
  onImported: () => void;
}) {
  const [step, setStep] = useState<Step>('template');
  const [validateJobId, setValidateJobId] = useState<number | null>(null);
  const [commitJobId, setCommitJobId] = useState<number | null>(null);
  const [preview, setPreview] = useState<TImportJobResult | null>(null);
  const [done, setDone] = useState<(TImportJobResult & Partial<Committed>) | null>(null);
  const [confirming, setConfirming] = useState(false);

  const validateJob = useJobPoll(step === 'validating' ? validateJobId : null, (job: TJob) => {
    if (job.status !== 'succeeded') return;
    setPreview(job.result as TImportJobResult);
    setStep('preview');
  });
  const commitJob = useJobPoll(step === 'committing' ? commitJobId : null, (job: TJob) => {
    if (job.status !== 'succeeded') return;
    setDone(job.result as TImportJobResult & Partial<Committed>);
    setStep('done');
    onImported();
  });

  const reupload = () => {
    setPreview(null);
    setValidateJobId(null);
    setStep('upload');
  };
  const confirm = async () => {
    if (validateJobId === null) return;
    setConfirming(true);
    try {
      setCommitJobId((await source.confirm(validateJobId)).jobId);
      setStep('committing');
    } catch (e) {
      showError(e);
    } finally {
      setConfirming(false);
    }
  };

  return (
    <Modal title={source.title} open width={900} footer={null} maskClosable={false} onCancel={onClose} destroyOnHidden>
      <Steps
        size="small"
        current={ORDER.indexOf(step)}
        items={TITLES.map((title) => ({ title }))}
        style={{ margin: '8px 0 24px' }}
      />
      {step === 'template' && <TemplateStep source={source} onNext={() => setStep('upload')} />}
      {step === 'upload' && (
        <UploadStep
          upload={source.upload}
          onBack={() => setStep('template')}
          onUploaded={(id) => {
            setValidateJobId(id);
            setStep('validating');
          }}
        />
      )}
      {step === 'validating' && <JobProgress job={validateJob} doing="正在校验" onBack={reupload} />}
      {step === 'preview' && preview && (
        <PreviewStep
          result={preview}
          sampleColumns={source.sampleColumns}
          confirming={confirming}
          onReupload={reupload}
          onConfirm={confirm}
        />
      )}
      {step === 'committing' && <JobProgress job={commitJob} doing="正在写入" onBack={reupload} />}
      {step === 'done' && done && (
        <Result
          status="success"
          title="导入完成"
          subTitle={source.doneText(done)}
          extra={
            <Button type="primary" onClick={onClose}>
              完成
            </Button>
          }
        />
      )}
    </Modal>
  );
}
