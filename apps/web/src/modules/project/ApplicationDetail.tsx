import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ModalForm, ProCard, ProFormDatePicker, ProFormDigit, ProFormText, ProTable } from '@ant-design/pro-components';
import { Alert, Button, Descriptions, Popconfirm, Result, Space, Tag, Typography } from 'antd';
import {
  type ApplicationState,
  EDITABLE_STATES,
  formatWanAmount,
  formatWanText,
  type TApplication,
  type TAssignment,
  type TFormField,
  type TApplicationFunding,
  type TFundingRecord,
  type TTransitionRecord,
  wanInputToYuan,
} from '@kechuang/domain';
import { ApiError } from '../../api/client';
import { showSuccess } from '../../ui/feedback';
import { FullPageSpin } from '../../ui/FullPageSpin';
import { formatDateTime } from '../../ui/format';
import { handleMutationError } from '../../ui/mutation-error';
import { usePageTitle } from '../../ui/page-title';
import { useCan } from '../auth/use-can';
import { AssignExpertsModal } from './AssignExpertsModal';
import { FormDataView, TransitionTimeline } from './ApplicationView';
import { FundingModal } from './FundingModal';
import { wanInputOf } from '../../ui/money-input';
import { projectApi } from './project.api';
import { StateTag } from './state-tag';
import { OverrideModal, type OverrideValues } from './OverrideModal';
import { TransitionModal, type TransitionValues } from './TransitionModal';

type Action = TApplication['actions'][number];
type Dialog =
  | { kind: 'move'; action: Action }
  | { kind: 'override' }
  | { kind: 'assign' }
  | { kind: 'funding' }
  | { kind: 'info' }
  | null;

const FUNDABLE: ApplicationState[] = ['approved', 'in_progress', 'midterm', 'accepted', 'terminated'];

/** One application: its form, files, history, the moves the caller may make, reviews and funds. */
export function ApplicationDetail({ id, applicantView }: { id: number; applicantView?: boolean }) {
  const [app, setApp] = useState<TApplication | null>(null);
  const [form, setForm] = useState<TFormField[]>([]);
  const [history, setHistory] = useState<TTransitionRecord[]>([]);
  const [reviews, setReviews] = useState<TAssignment[]>([]);
  const [funding, setFunding] = useState<TApplicationFunding | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  usePageTitle(app?.title);
  const canWrite = useCan('project:write');
  const canFundRead = useCan('funding:read');
  const canFundWrite = useCan('funding:write');
  const canOverride = useCan('project:application:override') && !applicantView;
  const staff = canWrite && !applicantView;
  const navigate = useNavigate();

  const load = useCallback(async () => {
    try {
      const [a, f, h] = await Promise.all([
        projectApi.application(id),
        projectApi.applicationForm(id),
        projectApi.transitions(id),
      ]);
      setApp(a);
      setForm(f.form);
      setHistory(h);
      if (staff) setReviews((await projectApi.reviews({ applicationId: id, pageSize: 100 })).data);
      if (FUNDABLE.includes(a.state) && (canFundRead || applicantView)) {
        setFunding(await projectApi.applicationFunding(id));
      }
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'INTERNAL', '加载失败'));
    }
  }, [id, staff, canFundRead, applicantView]);

  useEffect(() => {
    void load();
  }, [load]);

  if (error) return <Result status="warning" title="无法打开申报书" subTitle={error.message} />;
  if (!app) return <FullPageSpin />;

  const move = async (action: Action, v: TransitionValues) => {
    try {
      await projectApi.transition(app.id, {
        to: action.to,
        version: app.version,
        comment: v.comment || undefined,
        visibility: staff ? v.visibility : 'applicant',
      });
      showSuccess(`已${action.label}`);
      setDialog(null);
      await load();
      return true;
    } catch (e) {
      handleMutationError(e, { reload: () => void load() });
      return false;
    }
  };
  const override = async (v: OverrideValues) => {
    try {
      await projectApi.override(app.id, { to: v.to, version: app.version, reason: v.reason });
      showSuccess('已强制变更状态');
      setDialog(null);
      await load();
      return true;
    } catch (e) {
      handleMutationError(e, { reload: () => void load() });
      return false;
    }
  };
  const unassign = async (r: TAssignment) => {
    try {
      await projectApi.unassign(r.id);
      showSuccess(`已撤销${r.expertName}的评审指派`);
      await load();
    } catch (e) {
      handleMutationError(e);
    }
  };
  const editable = EDITABLE_STATES.includes(app.state);
  const lastReturn = [...history].reverse().find((h) => h.to === 'returned');

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <ProCard>
        <Descriptions
          title={
            <Space>
              <span>{app.title}</span>
              <StateTag state={app.state} />
            </Space>
          }
          extra={
            <Space wrap>
              {applicantView && editable && (
                <Button type="primary" onClick={() => navigate(`/project/mine/${app.id}/edit`)}>
                  {app.state === 'returned' ? '修改申报书' : '编辑申报书'}
                </Button>
              )}
              {!applicantView &&
                app.actions.map((a) => (
                  <Button
                    key={a.to}
                    type={a.reasonRequired ? 'default' : 'primary'}
                    danger={a.reasonRequired}
                    onClick={() => setDialog({ kind: 'move', action: a })}
                  >
                    {a.label}
                  </Button>
                ))}
              {canOverride && (
                <Button danger onClick={() => setDialog({ kind: 'override' })}>
                  强制变更状态
                </Button>
              )}
              {staff && ['submitted', 'county_review', 'recommended'].includes(app.state) && (
                <Button onClick={() => setDialog({ kind: 'assign' })}>指派专家</Button>
              )}
              {staff && !['draft', 'submitted', 'county_review', 'returned'].includes(app.state) && (
                <Button onClick={() => setDialog({ kind: 'info' })}>立项信息</Button>
              )}
              {canFundWrite && !applicantView && FUNDABLE.includes(app.state) && (
                <Button type="primary" ghost onClick={() => setDialog({ kind: 'funding' })}>
                  登记资金
                </Button>
              )}
            </Space>
          }
          column={3}
          size="small"
        >
          <Descriptions.Item label="申报单位">{app.enterpriseName}</Descriptions.Item>
          <Descriptions.Item label="批次">{app.callTitle}</Descriptions.Item>
          <Descriptions.Item label="类别">{app.categoryLabel}</Descriptions.Item>
          <Descriptions.Item label="截止时间">{formatDateTime(app.closesAt)}</Descriptions.Item>
          <Descriptions.Item label="提交时间">{formatDateTime(app.submittedAt)}</Descriptions.Item>
          <Descriptions.Item label="项目编号">{app.projectNo ?? '-'}</Descriptions.Item>
          {app.approvedAmount && (
            <Descriptions.Item label="批准金额">{formatWanText(app.approvedAmount)}</Descriptions.Item>
          )}
          {app.startsOn && (
            <Descriptions.Item label="实施期">{`${app.startsOn} 至 ${app.endsOn ?? ''}`}</Descriptions.Item>
          )}
        </Descriptions>
        {app.state === 'returned' && lastReturn?.comment && (
          <Alert
            style={{ marginTop: 12 }}
            type="warning"
            showIcon
            message="退回修改意见"
            description={lastReturn.comment}
          />
        )}
      </ProCard>
      <ProCard split="vertical" gutter={16} ghost>
        <ProCard title="申报内容" colSpan="62%">
          <FormDataView app={app} form={form} />
        </ProCard>
        <ProCard title="流转记录">
          <TransitionTimeline records={history} />
        </ProCard>
      </ProCard>
      {staff && (
        <ProCard title="专家评审" extra={<Link to={`/project/calls/${app.callId}/ranking`}>查看本批次排名</Link>}>
          <ProTable<TAssignment>
            rowKey="id"
            search={false}
            options={false}
            pagination={false}
            dataSource={reviews}
            columns={[
              { title: '专家', dataIndex: 'expertName' },
              {
                title: '状态',
                dataIndex: 'status',
                render: (_d, r) => (r.status === 'submitted' ? <Tag color="green">已提交</Tag> : <Tag>待评审</Tag>),
              },
              { title: '得分', dataIndex: 'score', render: (_d, r) => r.score ?? '-' },
              { title: '提交时间', dataIndex: 'submittedAt', render: (_d, r) => formatDateTime(r.submittedAt) },
              {
                title: '操作',
                valueType: 'option',
                render: (_d, r) =>
                  r.status === 'assigned' && !r.frozen ? (
                    <Popconfirm title={`撤销${r.expertName}的评审指派？`} onConfirm={() => unassign(r)}>
                      <Typography.Link type="danger">撤销指派</Typography.Link>
                    </Popconfirm>
                  ) : null,
              },
            ]}
          />
        </ProCard>
      )}
      {funding && (
        <ProCard
          title="项目资金"
          extra={
            funding.totals && (
              <Typography.Text>
                {Object.entries(funding.totals)
                  .map(([k, v]) => `${KIND_LABEL[k] ?? k} ${formatWanText(v)}`)
                  .join('；')}
              </Typography.Text>
            )
          }
        >
          <ProTable<TFundingRecord>
            rowKey="id"
            search={false}
            options={false}
            pagination={false}
            dataSource={funding.records}
            columns={[
              { title: '日期', dataIndex: 'occurredOn' },
              { title: '类型', dataIndex: 'kindLabel' },
              { title: '来源', dataIndex: 'sourceLabel', render: (_d, r) => r.sourceLabel ?? '-' },
              {
                title: '金额（万元）',
                dataIndex: 'amount',
                align: 'right',
                render: (_d, r) => formatWanAmount(r.amount),
              },
              { title: '凭证号', dataIndex: 'voucherNo', render: (_d, r) => r.voucherNo ?? '-' },
              { title: '文号', dataIndex: 'documentNo', render: (_d, r) => r.documentNo ?? '-' },
            ]}
          />
        </ProCard>
      )}
      {dialog?.kind === 'move' && (
        <TransitionModal
          title={`${dialog.action.label} · ${app.title}`}
          reasonRequired={dialog.action.reasonRequired}
          staff={staff}
          onClose={() => setDialog(null)}
          onSubmit={(v) => move(dialog.action, v)}
        />
      )}
      {dialog?.kind === 'override' && (
        <OverrideModal
          title={`强制变更状态 · ${app.title}`}
          current={app.state}
          onClose={() => setDialog(null)}
          onSubmit={override}
        />
      )}
      {dialog?.kind === 'assign' && (
        <AssignExpertsModal
          applicationIds={[app.id]}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            void load();
          }}
        />
      )}
      {dialog?.kind === 'funding' && (
        <FundingModal
          application={app}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            void load();
          }}
        />
      )}
      {dialog?.kind === 'info' && (
        <ProjectInfoModal
          app={app}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            void load();
          }}
        />
      )}
    </Space>
  );
}

const KIND_LABEL: Record<string, string> = {
  grant: '下达',
  allocation: '分配',
  disbursement: '拨付',
  matching: '自筹配套',
};

interface InfoValues {
  projectNo?: string;
  approvedAmount?: string;
  startsOn?: string;
  endsOn?: string;
  midtermDueOn?: string;
}

/** 立项信息: project number, approved amount (万元 on screen, 元 on the wire) and the dates reports fall due. */
function ProjectInfoModal({ app, onClose, onSaved }: { app: TApplication; onClose: () => void; onSaved: () => void }) {
  return (
    <ModalForm<InfoValues>
      title="登记立项信息"
      open
      name="project-info-form"
      width={520}
      modalProps={{ onCancel: onClose, destroyOnHidden: true }}
      initialValues={{
        projectNo: app.projectNo ?? undefined,
        approvedAmount: wanInputOf(app.approvedAmount),
        startsOn: app.startsOn ?? undefined,
        endsOn: app.endsOn ?? undefined,
        midtermDueOn: app.midtermDueOn ?? undefined,
      }}
      onFinish={async (v) => {
        try {
          await projectApi.projectInfo(app.id, {
            version: app.version,
            projectNo: v.projectNo || null,
            approvedAmount: wanInputToYuan(v.approvedAmount),
            startsOn: v.startsOn || null,
            endsOn: v.endsOn || null,
            midtermDueOn: v.midtermDueOn || null,
          });
          showSuccess('已保存立项信息');
          onSaved();
          return true;
        } catch (e) {
          handleMutationError(e, { reload: onSaved });
          return false;
        }
      }}
    >
      <ProFormText name="projectNo" label="项目编号" />
      <ProFormDigit name="approvedAmount" label="批准金额（万元）" min={0} fieldProps={{ stringMode: true }} />
      <ProFormDatePicker name="startsOn" label="开始日期" />
      <ProFormDatePicker name="endsOn" label="结束日期" />
      <ProFormDatePicker name="midtermDueOn" label="中期检查日期" />
    </ModalForm>
  );
}
