import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Form, Input, Modal, Row, Space } from 'antd';
import { RD_EDITABLE_STATUSES, RD_FIGURE_FIELDS, type RdFigureKey, type TRdForm } from '@kechuang/domain';
import { ApiError } from '../../api/client';
import { showError, showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { useCan } from '../auth/use-can';
import { RdFigureInput } from './RdFigureInput';
import { RdFindingsPanel } from './RdFindingsPanel';
import { RdProjectsTable } from './RdProjectsTable';
import { rdApi } from './rd.api';
import { bodyOf, valuesOf, type RdFormValues } from './rd-form-values';
import { ReportStatusTag } from './rd-status';

const keysOf = (pick: (f: (typeof RD_FIGURE_FIELDS)[number]) => boolean) =>
  RD_FIGURE_FIELDS.filter(pick).map((f) => f.key);
const BASICS: RdFigureKey[] = ['staffTotal', 'revenue', 'rdStaff'];
const BY_TYPE = keysOf((f) => f.group === 'byType');
const BY_SOURCE = keysOf((f) => f.group === 'bySource');
const OTHERS: RdFigureKey[] = ['external', 'deductionClaimed'];

/** The unit's form (107-1/107-2 essentials) for the enterprise user or staff on its behalf, and staff review. */
export function RdUnitForm({ initial }: { initial: TRdForm }) {
  const [data, setData] = useState(initial);
  const [form] = Form.useForm<RdFormValues>();
  const [busy, setBusy] = useState(false);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const canManage = useCan('rd:task:manage');
  const canSelf = useCan('rd:report:self');
  const editable = (canManage || canSelf) && data.taskStatus === 'open' && RD_EDITABLE_STATUSES.includes(data.status);
  const reviewable = canManage && data.status === 'submitted';

  useEffect(() => form.setFieldsValue(valuesOf(data)), [data, form]);
  const reload = () => rdApi.form(data.id).then(setData, (e: unknown) => handleMutationError(e));

  const act = async (action: () => Promise<TRdForm>, done: (f: TRdForm) => string) => {
    setBusy(true);
    try {
      const next = await action();
      setData(next);
      showSuccess(done(next));
      return true;
    } catch (e) {
      handleMutationError(e, { form, reload });
      return false;
    } finally {
      setBusy(false);
    }
  };
  const save = () =>
    act(
      () => rdApi.saveForm(data.id, bodyOf(form.getFieldsValue(true), data.version)),
      (f) => (f.findings.length > 0 ? `已保存，核查发现 ${f.findings.length} 个问题` : '已保存'),
    );
  const submit = async () => {
    setBusy(true);
    try {
      const saved = await rdApi.saveForm(data.id, bodyOf(form.getFieldsValue(true), data.version));
      setData(saved);
      const submitted = await rdApi.submit(saved.id, saved.version);
      setData(submitted);
      showSuccess('已提交，等待科技局审核');
    } catch (e) {
      // A refused submission lists every blocking finding: say so at the top and under each field.
      if (e instanceof ApiError && e.fieldProblems.length > 0) showError(e);
      handleMutationError(e, { form, reload });
    } finally {
      setBusy(false);
    }
  };

  const section = (title: string, keys: RdFigureKey[]) => (
    <Card size="small" title={title}>
      <Row gutter={16}>
        {keys.map((k) => (
          // Two figures a row on a phone: three squeeze a 10-digit amount onto two lines.
          <Col xs={12} sm={8} key={k}>
            <RdFigureInput field={k} form={data} editable={editable} />
          </Col>
        ))}
      </Row>
    </Card>
  );

  return (
    <Form form={form} layout="vertical" disabled={busy} initialValues={valuesOf(initial)}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          {/* One column on a phone: four squeezed columns put the dates one character per line (issue 22). */}
          <Descriptions
            column={{ xs: 1, sm: 2, md: 4 }}
            size="small"
            title={
              <Space>
                {data.enterpriseName}
                <ReportStatusTag status={data.status} />
              </Space>
            }
          >
            {/* Task title and credit code take two columns each so neither wraps mid-code. */}
            <Descriptions.Item label="任务" span={{ xs: 1, sm: 2 }}>
              {data.taskTitle}
            </Descriptions.Item>
            <Descriptions.Item label="期间">{data.periodLabel}</Descriptions.Item>
            <Descriptions.Item label="截止日期">{data.dueDate}</Descriptions.Item>
            <Descriptions.Item label="统一社会信用代码" span={{ xs: 1, sm: 2 }}>
              <span style={{ whiteSpace: 'nowrap' }}>{data.creditCode}</span>
            </Descriptions.Item>
            <Descriptions.Item label="乡镇">{data.townshipName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="资质">
              {[data.isHighTech && '高新技术企业', data.isTechSme && '科技型中小企业'].filter(Boolean).join('、') ||
                '—'}
            </Descriptions.Item>
            <Descriptions.Item label="代填">{data.filledByStaff ? '科技局代填' : '否'}</Descriptions.Item>
          </Descriptions>
        </Card>
        {data.status === 'returned' && data.returnReason && (
          <Alert
            type="error"
            showIcon
            message="科技局退回修改"
            description={<span data-testid="return-reason">{data.returnReason}</span>}
          />
        )}
        {data.taskStatus === 'closed' && <Alert type="info" showIcon message="填报任务已截止，不能再保存或提交" />}
        <Card size="small" title="核查结果">
          <RdFindingsPanel findings={data.findings} editable={editable} />
        </Card>
        {section('单位基本情况', BASICS)}
        <Card size="small" title="研发经费内部支出">
          <Row gutter={16}>
            <Col xs={24} sm={8}>
              <RdFigureInput field="internalTotal" form={data} editable={editable} />
            </Col>
          </Row>
        </Card>
        {section('按费用类别', BY_TYPE)}
        {section('按资金来源', BY_SOURCE)}
        {section('外部支出与加计扣除', OTHERS)}
        <Card size="small" title="研发项目（107-1）">
          <RdProjectsTable editable={editable} />
        </Card>
        <Card size="small" title="备注">
          <Form.Item name="remark" noStyle>
            <Input.TextArea rows={2} disabled={!editable} maxLength={500} />
          </Form.Item>
        </Card>
        <Space>
          {editable && (
            <>
              <Button onClick={save} loading={busy}>
                保存
              </Button>
              <Button type="primary" onClick={submit} loading={busy}>
                提交
              </Button>
            </>
          )}
          {reviewable && (
            <>
              <Button
                type="primary"
                loading={busy}
                onClick={() =>
                  act(
                    () => rdApi.approve(data.id, data.version),
                    () => '已审核通过',
                  )
                }
              >
                审核通过
              </Button>
              <Button danger onClick={() => setReturning(true)}>
                退回修改
              </Button>
            </>
          )}
        </Space>
      </Space>
      <Modal
        title="退回修改"
        open={returning}
        okText="退回"
        okButtonProps={{ danger: true, loading: busy }}
        onCancel={() => setReturning(false)}
        onOk={async () => {
          if (
            await act(
              () => rdApi.returnForm(data.id, data.version, reason),
              () => '已退回，单位将收到通知',
            )
          ) {
            setReturning(false);
          }
        }}
        destroyOnHidden
      >
        <Form.Item label="退回原因" required>
          <Input.TextArea
            aria-label="退回原因"
            rows={3}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            maxLength={500}
          />
        </Form.Item>
      </Modal>
    </Form>
  );
}
