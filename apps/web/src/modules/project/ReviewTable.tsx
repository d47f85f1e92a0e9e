import { useEffect, useRef, useState } from 'react';
import { DrawerForm, ProFormDigit, ProFormTextArea, ProTable, type ActionType } from '@ant-design/pro-components';
import { Button, Divider, Form, Space, Tag, Typography } from 'antd';
import type { TApplicationForm, TAssignment, TReviewDetail } from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { FullPageSpin } from '../../ui/FullPageSpin';
import { formatDateTime } from '../../ui/format';
import { handleMutationError } from '../../ui/mutation-error';
import { tableRequest } from '../../ui/table-request';
import { FormDataView } from './ApplicationView';
import { projectApi } from './project.api';
import { useListColumns } from '../../ui/list-columns';

/** 我的评审 (expert): only the applications assigned to me; score each criterion within its maximum. */
export function ReviewTable() {
  const actionRef = useRef<ActionType>(undefined);
  const [open, setOpen] = useState<TAssignment | null>(null);
  const listColumns = useListColumns<TAssignment>(
    'project.reviews',
    [
      { title: '项目名称', dataIndex: 'applicationTitle', search: false, width: 280 },
      { title: '申报单位', dataIndex: 'enterpriseName', search: false, width: 220 },
      { title: '批次', dataIndex: 'callTitle', search: false, width: 220, ellipsis: true },
      {
        title: '状态',
        dataIndex: 'status',
        valueType: 'select',
        width: 100,
        valueEnum: {
          assigned: { text: '待评审', status: 'Processing' },
          submitted: { text: '已提交', status: 'Success' },
        },
      },
      { title: '得分', dataIndex: 'score', search: false, width: 80, render: (_d, r) => r.score ?? '-' },
      {
        title: '提交时间',
        dataIndex: 'submittedAt',
        search: false,
        width: 140,
        render: (_d, r) => formatDateTime(r.submittedAt),
      },
      {
        title: '操作',
        valueType: 'option',
        width: 90,
        render: (_d, r) => (
          <Typography.Link onClick={() => setOpen(r)}>
            {r.status === 'assigned' && !r.frozen ? '评分' : '查看'}
          </Typography.Link>
        ),
      },
    ],
    { hidden: ['callTitle'] },
  );

  return (
    <>
      <ProTable<TAssignment>
        rowKey="id"
        headerTitle="分配给我的评审任务"
        actionRef={actionRef}
        request={tableRequest<TAssignment>('/reviews')}
        search={{ labelWidth: 'auto' }}
        pagination={{ defaultPageSize: 20 }}
        {...listColumns}
      />
      {open && (
        <ScoreDrawer
          assignmentId={open.id}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            actionRef.current?.reload();
          }}
        />
      )}
    </>
  );
}

/** GET /reviews/:id with the form of the application's call. */
type Detail = TReviewDetail & Pick<TApplicationForm, 'form'>;

/** The application as assigned, and one score per criterion (0..满分); 暂存 keeps a draft, 提交 is final. */
function ScoreDrawer({
  assignmentId,
  onClose,
  onSaved,
}: {
  assignmentId: number;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [form] = Form.useForm<{ scores: Record<string, string>; comment?: string }>();
  useEffect(() => {
    projectApi
      .review(assignmentId)
      .then(async (r) => ({ ...r, form: (await projectApi.applicationForm(r.application.id)).form }))
      .then(setDetail, (e: unknown) => {
        showError(e);
        onClose();
      });
  }, [assignmentId, onClose]);
  const readOnly = !detail || detail.assignment.status === 'submitted' || detail.assignment.frozen;

  const save = async (submit: boolean) => {
    if (!detail) return false;
    const v = submit ? await form.validateFields() : form.getFieldsValue();
    try {
      const scores = Object.fromEntries(
        Object.entries(v.scores ?? {})
          .filter(([, s]) => s !== undefined && s !== null && s !== '')
          .map(([k, s]) => [k, String(s)]),
      );
      await projectApi.score(assignmentId, {
        scores,
        comment: v.comment || null,
        submit,
        version: detail.assignment.version,
      });
      showSuccess(submit ? '已提交评分' : '已暂存评分');
      onSaved();
      return true;
    } catch (e) {
      handleMutationError(e);
      return false;
    }
  };

  const total = (scores: Record<string, unknown> | undefined) =>
    detail?.criteria.reduce((s, c) => s + (Number(scores?.[c.key]) || 0), 0) ?? 0;

  return (
    <DrawerForm<{ scores: Record<string, string>; comment?: string }>
      title={detail ? `评审 · ${detail.application.title}` : '评审'}
      open
      name="score-form"
      form={form}
      width={820}
      drawerProps={{ onClose, destroyOnHidden: true }}
      initialValues={
        detail ? { scores: detail.assignment.scores, comment: detail.assignment.comment ?? undefined } : undefined
      }
      key={detail ? 'loaded' : 'loading'}
      submitter={
        readOnly
          ? false
          : {
              render: () => (
                <Space>
                  <Button onClick={() => void save(false)}>暂存</Button>
                  <Button type="primary" onClick={() => void save(true)}>
                    提交评分
                  </Button>
                </Space>
              ),
            }
      }
    >
      {!detail ? (
        <FullPageSpin />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {detail.application.enterpriseName} · {detail.application.callTitle}
            {detail.assignment.status === 'submitted' && (
              <Tag color="green" style={{ marginLeft: 8 }}>
                已提交 {formatDateTime(detail.assignment.submittedAt)}
              </Tag>
            )}
          </Typography.Paragraph>
          <FormDataView app={detail.application} form={detail.form} />
          <Divider>评分（各项 0～满分，最多两位小数）</Divider>
          {detail.criteria.map((c) => (
            <ProFormDigit
              key={c.key}
              name={['scores', c.key]}
              label={`${c.label}（满分 ${c.maxScore}，权重 ${c.weight}）`}
              width="sm"
              min={0}
              max={c.maxScore}
              disabled={readOnly}
              fieldProps={{ precision: 2, stringMode: true }}
              rules={[{ required: true, message: `请为“${c.label}”打分` }]}
            />
          ))}
          <Form.Item noStyle shouldUpdate>
            {() => (
              <Typography.Paragraph strong>
                合计（未加权）：{total(form.getFieldValue('scores') as Record<string, unknown>).toFixed(2)}
              </Typography.Paragraph>
            )}
          </Form.Item>
          <ProFormTextArea
            name="comment"
            label="评审意见"
            disabled={readOnly}
            fieldProps={{ rows: 3, maxLength: 2000 }}
          />
        </>
      )}
    </DrawerForm>
  );
}
