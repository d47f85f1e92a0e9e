import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  ProCard,
  ProFormDatePicker,
  ProFormDigit,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
  ProFormUploadDragger,
  StepsForm,
} from '@ant-design/pro-components';
import { Alert, Button, Result, Typography } from 'antd';
import type { UploadFile, UploadProps } from 'antd';
import { type TApplication, type TCall, type TFormField, wanInputToYuan } from '@kechuang/domain';
import { ApiError } from '../../api/client';
import { showError, showSuccess } from '../../ui/feedback';
import { FullPageSpin } from '../../ui/FullPageSpin';
import { formatDateTime } from '../../ui/format';
import { handleMutationError } from '../../ui/mutation-error';
import { FormDataView } from './ApplicationView';
import { wanInputOf } from '../../ui/money-input';
import { projectApi } from './project.api';

interface Props {
  /** An existing draft or returned application, or null to start one for `callId`. */
  applicationId: number | null;
  callId: number | null;
}

const ACCEPT = '.pdf,.docx,.xlsx,.jpg,.jpeg,.png';

/** 申报书填写: 基本信息 → 申报内容 → 附件 → 确认提交, rendered from the call's form definition. */
export function ApplicationEditor({ applicationId, callId }: Props) {
  const navigate = useNavigate();
  const [app, setApp] = useState<TApplication | null>(null);
  const [call, setCall] = useState<TCall | null>(null);
  const [returnReason, setReturnReason] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const appRef = useRef<TApplication | null>(null);
  const keep = (a: TApplication) => {
    appRef.current = a;
    setApp(a);
  };

  useEffect(() => {
    (async () => {
      try {
        if (applicationId) {
          const a = await projectApi.application(applicationId);
          keep(a);
          setCall(await projectApi.call(a.callId));
          const h = await projectApi.transitions(a.id);
          setReturnReason([...h].reverse().find((t) => t.to === 'returned')?.comment ?? null);
        } else if (callId) setCall(await projectApi.call(callId));
        else setError('请先选择申报批次');
      } catch (e) {
        setError(e instanceof ApiError ? e.message : '加载失败');
      }
    })();
  }, [applicationId, callId]);

  if (error) return <Result status="warning" title="无法填写申报书" subTitle={error} />;
  if (!call || (applicationId && !app)) return <FullPageSpin />;

  const fields = call.form.filter((f) => f.type !== 'file');
  const slots = call.form.filter((f) => f.type === 'file');

  const saveBasics = async (v: { title: string; requestedAmount?: string }) => {
    const requestedAmount = wanInputToYuan(v.requestedAmount);
    try {
      const cur = appRef.current;
      keep(
        cur
          ? await projectApi.updateApplication(cur.id, { version: cur.version, title: v.title, requestedAmount })
          : await projectApi.createApplication({ callId: call.id, title: v.title, requestedAmount, data: {} }),
      );
      return true;
    } catch (e) {
      handleMutationError(e);
      return false;
    }
  };
  const saveContent = async (v: { data?: Record<string, unknown> }) => {
    const cur = appRef.current!;
    const data: Record<string, unknown> = {};
    for (const f of fields) {
      const value = v.data?.[f.key];
      if (value !== undefined && value !== null && value !== '') {
        data[f.key] = typeof value === 'number' ? String(value) : value;
      }
    }
    try {
      keep(await projectApi.updateApplication(cur.id, { version: cur.version, data }));
      return true;
    } catch (e) {
      handleMutationError(e);
      return false;
    }
  };
  const submit = async () => {
    const cur = appRef.current!;
    try {
      await projectApi.transition(cur.id, { to: 'submitted', version: cur.version });
      showSuccess(cur.state === 'returned' ? '已重新提交申报书' : '已提交申报书');
      navigate(`/project/mine/${cur.id}`);
      return true;
    } catch (e) {
      handleMutationError(e);
      return false;
    }
  };

  const uploader =
    (slot: TFormField): UploadProps['customRequest'] =>
    async (opt) => {
      const cur = appRef.current!;
      try {
        const a = await projectApi.uploadAttachment(cur.id, slot.key, opt.file as File);
        keep(await projectApi.application(cur.id));
        opt.onSuccess?.(a);
        showSuccess(`已上传“${a.fileName}”`);
      } catch (e) {
        showError(e);
        opt.onError?.(e as Error);
      }
    };
  const removeFile = async (file: UploadFile) => {
    const id = Number(file.uid.replace(/^att-/, '')) || (file.response as { id?: number } | undefined)?.id;
    if (!id) return true;
    try {
      await projectApi.deleteAttachment(id);
      keep(await projectApi.application(appRef.current!.id));
      return true;
    } catch (e) {
      showError(e);
      return false;
    }
  };
  const existing = (slot: string): UploadFile[] =>
    (app?.attachments ?? [])
      .filter((a) => a.slot === slot)
      .map((a) => ({ uid: `att-${a.id}`, name: a.fileName, status: 'done', url: `/api/v1/attachments/${a.id}` }));

  return (
    <ProCard>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {call.title}
        <Typography.Text type="secondary" style={{ marginLeft: 12, fontWeight: 'normal', fontSize: 13 }}>
          截止 {formatDateTime(call.closesAt)}
        </Typography.Text>
      </Typography.Title>
      {app?.state === 'returned' && returnReason && (
        <Alert
          style={{ marginBottom: 16 }}
          type="warning"
          showIcon
          message="退回修改意见"
          description={returnReason}
          data-testid="return-reason"
        />
      )}
      {call.guide && (
        <Alert
          style={{ marginBottom: 16 }}
          type="info"
          message="申报指南"
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{call.guide}</span>}
        />
      )}
      <StepsForm
        onFinish={submit}
        submitter={{
          render: (props, dom) =>
            props.step === 3
              ? [
                  dom[0],
                  <Button key="submit" type="primary" onClick={() => props.onSubmit?.()}>
                    {app?.state === 'returned' ? '修改后重新提交' : '提交申报'}
                  </Button>,
                ]
              : dom,
        }}
      >
        <StepsForm.StepForm
          name="basics"
          title="基本信息"
          onFinish={saveBasics}
          initialValues={{ title: app?.title, requestedAmount: wanInputOf(app?.requestedAmount) }}
        >
          <ProFormText
            name="title"
            label="项目名称"
            width="xl"
            rules={[{ required: true, min: 4, message: '项目名称至少 4 个字' }]}
          />
          <ProFormDigit
            name="requestedAmount"
            label="申请金额（万元）"
            width="md"
            min={0}
            fieldProps={{ stringMode: true }}
          />
        </StepsForm.StepForm>
        <StepsForm.StepForm
          name="content"
          title="申报内容"
          onFinish={saveContent}
          initialValues={{ data: app?.data ?? {} }}
        >
          {fields.map((f) => (
            <DynamicField key={f.key} field={f} />
          ))}
        </StepsForm.StepForm>
        <StepsForm.StepForm name="files" title="附件">
          {slots.length === 0 && <Typography.Text type="secondary">本批次无需上传附件。</Typography.Text>}
          {slots.map((s) => (
            <ProFormUploadDragger
              key={s.key}
              name={`file_${s.key}`}
              label={s.required ? `${s.label}（必传）` : s.label}
              title={`上传${s.label}`}
              description="支持 PDF、DOCX、XLSX、JPG、PNG"
              accept={ACCEPT}
              max={5}
              fieldProps={{
                customRequest: uploader(s),
                onRemove: removeFile,
                defaultFileList: existing(s.key),
                name: 'file',
              }}
            />
          ))}
        </StepsForm.StepForm>
        <StepsForm.StepForm name="confirm" title="确认提交">
          {app && <FormDataView app={app} form={call.form} />}
        </StepsForm.StepForm>
      </StepsForm>
    </ProCard>
  );
}

/** One form field of the call's definition as a ProForm input under `data.<key>`. */
function DynamicField({ field: f }: { field: TFormField }) {
  const name = ['data', f.key];
  const rules = f.required ? [{ required: true, message: `请填写${f.label}` }] : [];
  const common = { name, label: f.label, rules, tooltip: f.help };
  switch (f.type) {
    case 'textarea':
      return <ProFormTextArea {...common} fieldProps={{ rows: 5, maxLength: f.maxLength, showCount: !!f.maxLength }} />;
    case 'number':
      return <ProFormDigit {...common} width="md" fieldProps={{ stringMode: true }} />;
    case 'money':
      return <ProFormDigit {...common} width="md" min={0} fieldProps={{ precision: 2, stringMode: true }} />;
    case 'date':
      return <ProFormDatePicker {...common} width="md" />;
    case 'select':
      return <ProFormSelect {...common} width="md" options={(f.options ?? []).map((o) => ({ value: o, label: o }))} />;
    default:
      return <ProFormText {...common} width="xl" fieldProps={{ maxLength: f.maxLength }} />;
  }
}
