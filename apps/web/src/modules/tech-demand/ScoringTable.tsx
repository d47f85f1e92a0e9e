import { useState } from 'react';
import { ModalForm, ProFormDigit, ProFormTextArea } from '@ant-design/pro-components';
import { Descriptions, Form, Space, Table, Tag, Typography } from 'antd';
import { REVIEW_DIMENSIONS, formatWanAmount, type TDemandReview } from '@kechuang/domain';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useLoader } from '../../ui/use-loader';
import { techDemandApi } from './tech-demand.api';

type Values = Record<string, number | string | undefined> & { comment?: string };

/** The form of one task: four dimensions 0–100, 保存 or 确认提交 (locked after). */
function ScoreModal({ task, onClose, onSaved }: { task: TDemandReview; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const save = async (confirm: boolean) => {
    const v = form.getFieldsValue();
    const scores = Object.fromEntries(REVIEW_DIMENSIONS.map((d) => [d.key, v[d.key] ?? '']));
    try {
      await techDemandApi.score(task.id, {
        scores,
        comment: (v.comment as string) || null,
        confirm,
        version: task.version,
      });
      showSuccess(confirm ? `已确认“${task.demandTitle}”的论证评分` : '已保存评分（未确认）');
      onSaved();
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload: onClose });
      return false;
    }
  };
  return (
    <ModalForm<Values>
      title={`论证打分 · ${task.demandTitle}`}
      open
      form={form}
      width={640}
      layout="horizontal"
      labelCol={{ span: 6 }}
      initialValues={{ ...task.scores, comment: task.comment ?? undefined }}
      modalProps={{ onCancel: onClose, destroyOnHidden: true, maskClosable: false }}
      submitter={{
        searchConfig: { submitText: '确认提交', resetText: '保存' },
        resetButtonProps: { onClick: () => save(false) },
      }}
      onFinish={() => save(true)}
    >
      <Descriptions column={1} size="small" style={{ marginBottom: 16 }} labelStyle={{ width: 90 }}>
        <Descriptions.Item label="发榜企业">{task.enterpriseName}</Descriptions.Item>
        <Descriptions.Item label="技术难题">{task.problem}</Descriptions.Item>
        <Descriptions.Item label="技术指标">{task.indicators ?? '-'}</Descriptions.Item>
        <Descriptions.Item label="拟投入">{formatWanAmount(task.budget)} 万元</Descriptions.Item>
      </Descriptions>
      {REVIEW_DIMENSIONS.map((d) => (
        <ProFormDigit
          key={d.key}
          name={d.key}
          label={d.label}
          min={0}
          max={100}
          rules={[{ required: true, message: `请填写${d.label}（0–100）` }]}
          fieldProps={{ precision: 1 }}
        />
      ))}
      <ProFormTextArea name="comment" label="评审意见" fieldProps={{ autoSize: { minRows: 2, maxRows: 5 } }} />
    </ModalForm>
  );
}

/** 需求论证打分: the demands assigned to the signed-in expert, and only those (docs/rules.md §5.2). */
export function ScoringTable() {
  const tasks = useLoader('mine', () => techDemandApi.myReviews());
  const [open, setOpen] = useState<TDemandReview | null>(null);
  return (
    <>
      <Table<TDemandReview>
        rowKey="id"
        loading={tasks.loading}
        dataSource={tasks.data ?? []}
        pagination={false}
        columns={[
          {
            title: '需求',
            render: (_v, r) => (
              <Space direction="vertical" size={0}>
                <span>{r.demandTitle}</span>
                <Typography.Text type="secondary">{r.callTitle}</Typography.Text>
              </Space>
            ),
          },
          { title: '技术领域', dataIndex: 'field', width: 100 },
          {
            title: '状态',
            width: 90,
            render: (_v, r) => (r.confirmedAt ? <Tag color="success">已确认</Tag> : <Tag color="warning">待评审</Tag>),
          },
          {
            title: '操作',
            width: 80,
            render: (_v, r) =>
              r.confirmedAt ? null : <Typography.Link onClick={() => setOpen(r)}>打分</Typography.Link>,
          },
        ]}
      />
      {open && (
        <ScoreModal
          task={open}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            tasks.reload();
          }}
        />
      )}
    </>
  );
}
