import { Descriptions, Empty, Space, Tag, Timeline, Typography } from 'antd';
import {
  formatWanText,
  formatYuanText,
  type TApplication,
  type TFormField,
  type TTransitionRecord,
} from '@kechuang/domain';
import { formatDateTime } from '../../ui/format';
import { attachmentHref } from './state-tag';

/** The filled form, rendered from the call's form definition (attachment slots list their files). */
export function FormDataView({ app, form }: { app: TApplication; form: TFormField[] }) {
  const value = (f: TFormField) => {
    if (f.type === 'file') {
      const files = app.attachments.filter((a) => a.slot === f.key);
      return files.length ? (
        <Space direction="vertical" size={2}>
          {files.map((a) => (
            <Typography.Link key={a.id} href={attachmentHref(a.id)} target="_blank">
              {a.fileName}（{Math.ceil(a.sizeBytes / 1024)} KB）
            </Typography.Link>
          ))}
        </Space>
      ) : (
        <Typography.Text type={f.required ? 'danger' : 'secondary'}>
          {f.required ? '未上传（必传）' : '未上传'}
        </Typography.Text>
      );
    }
    const v = app.data[f.key];
    if (v === undefined || v === null || v === '') return <Typography.Text type="secondary">未填写</Typography.Text>;
    if (f.type === 'money') {
      return `${formatYuanText(String(v))}（${formatWanText(String(v))}）`;
    }
    return <span style={{ whiteSpace: 'pre-wrap' }}>{String(v)}</span>;
  };
  return (
    <Descriptions bordered column={1} size="small" labelStyle={{ width: 200 }}>
      <Descriptions.Item label="项目名称">{app.title}</Descriptions.Item>
      <Descriptions.Item label="申请金额">{formatWanText(app.requestedAmount)}</Descriptions.Item>
      {form.map((f) => (
        <Descriptions.Item key={f.key} label={f.required ? `${f.label} *` : f.label}>
          {value(f)}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

/** The transition history: who, when, why; internal comments are marked (the applicant never receives them). */
export function TransitionTimeline({ records }: { records: TTransitionRecord[] }) {
  if (!records.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无流转记录" />;
  return (
    <Timeline
      items={records.map((r) => ({
        color: r.override
          ? 'red'
          : r.to === 'returned' || r.to === 'rejected' || r.to === 'terminated'
            ? 'red'
            : r.to === 'draft'
              ? 'gray'
              : 'blue',
        children: (
          <div data-testid="transition">
            <Space size={6} wrap>
              <Typography.Text strong>{r.toLabel}</Typography.Text>
              <Typography.Text type="secondary">
                {formatDateTime(r.at)} · {r.actorName ?? '系统'}
                {r.onBehalf ? '（代申报单位办理）' : ''}
              </Typography.Text>
              {r.override && (
                <Tag color="red" data-testid="override-tag">
                  强制变更（{r.fromLabel} → {r.toLabel}）
                </Tag>
              )}
              {r.imported && (
                <Tag color="purple" data-testid="imported-tag">
                  历史项目导入
                </Tag>
              )}
              {r.visibility === 'internal' && (
                <Tag color="orange" bordered={false}>
                  内部意见
                </Tag>
              )}
            </Space>
            {r.comment && <div style={{ whiteSpace: 'pre-wrap', marginTop: 2 }}>{r.comment}</div>}
          </div>
        ),
      }))}
    />
  );
}
