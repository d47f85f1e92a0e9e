import { useCallback, useEffect, useState } from 'react';
import { ModalForm, ProFormDatePicker, ProFormTextArea } from '@ant-design/pro-components';
import { Button, Card, Descriptions, Drawer, Space, Table, Tag, Typography } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import {
  COMMISSIONER_AGREEMENT_STATE_LABELS,
  chinaToday,
  commissionerMovesFrom,
  type CommissionerAgreementState,
  type CommissionerState,
  type CommissionerTransition,
  type TCommissionerAgreement,
  type TCommissionerDetail,
} from '@kechuang/domain';
import { AttachmentPanel } from '../../ui/attachments/AttachmentPanel';
import { showError, showSuccess } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { handleMutationError } from '../../ui/mutation-error';
import { useCan } from '../auth/use-can';
import { AgreementModal } from './AgreementModal';
import { commissionerApi } from './commissioner.api';
import { levelLabel, STATE_COLORS, stateLabel } from './commissioner-labels';
import { CommissionerMoveModal } from './CommissionerMoveModal';
import { EligibilityList } from './EligibilityList';

type Dialog =
  | { kind: 'move'; move: CommissionerTransition }
  | { kind: 'override' }
  | { kind: 'agreement' }
  | { kind: 'terminate'; agreement: TCommissionerAgreement }
  | null;

const text = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '-' : v);

interface Props {
  id: number;
  /** The commissioner's own view: no actions. */
  readOnly?: boolean;
  onClose: () => void;
  onChanged: () => void;
}

/**
 * One commissioner in a drawer: the record (ID number and phone masked, 查看完整信息 audited), eligibility against
 * the level's rule, the workflow's buttons and history, 三方协议, and the trainings attended (service events).
 */
export function CommissionerDetailDrawer({ id, readOnly = false, onClose, onChanged }: Props) {
  const [d, setD] = useState<TCommissionerDetail | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [personal, setPersonal] = useState<{ idNumber: string; phone: string | null } | null>(null);
  const canWrite = useCan('commissioner:write') && !readOnly;
  const canReveal = useCan('commissioner:reveal') && !readOnly;

  const load = useCallback(() => commissionerApi.get(id).then(setD, showError), [id]);
  useEffect(() => {
    void load();
  }, [load]);
  const done = () => {
    setDialog(null);
    void load();
    onChanged();
  };
  const reveal = async () => {
    try {
      setPersonal(await commissionerApi.reveal(id));
    } catch (e) {
      showError(e);
    }
  };

  const c = d?.commissioner;
  const moves = c ? commissionerMovesFrom(c.status as CommissionerState) : [];

  return (
    <Drawer
      open
      width={Math.min(880, window.innerWidth)}
      onClose={onClose}
      destroyOnHidden
      title={
        c && (
          <Space wrap>
            {c.name}
            <Tag color={STATE_COLORS[c.status]} data-testid="commissioner-status">
              {stateLabel(c.status)}
            </Tag>
          </Space>
        )
      }
      loading={!d}
    >
      {d && c && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {canWrite && (
            <Space wrap>
              {moves.map((m) => (
                <Button
                  key={m.move}
                  type={m.reasonRequired ? 'default' : 'primary'}
                  danger={m.reasonRequired}
                  onClick={() => setDialog({ kind: 'move', move: m })}
                >
                  {m.label}
                </Button>
              ))}
              {!d.eligibility.passed && !['appointed', 'expired', 'dismissed'].includes(c.status) && (
                <Button onClick={() => setDialog({ kind: 'override' })}>资格条件例外</Button>
              )}
            </Space>
          )}
          <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered labelStyle={{ whiteSpace: 'nowrap' }}>
            <Descriptions.Item label="性别">{c.gender}</Descriptions.Item>
            <Descriptions.Item label="出生日期">{c.birthDate}</Descriptions.Item>
            <Descriptions.Item label="身份证号">
              <Space wrap>
                <span data-testid="id-number">{personal?.idNumber ?? c.idNumberMasked}</span>
                {canReveal && !personal && (
                  <Typography.Link onClick={reveal}>
                    <EyeOutlined /> 查看完整信息
                  </Typography.Link>
                )}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label="联系电话">{text(personal ? personal.phone : c.phoneMasked)}</Descriptions.Item>
            <Descriptions.Item label="学历">{text(c.education)}</Descriptions.Item>
            <Descriptions.Item label="职称">{`${c.title ?? '-'}（${c.titleLevel}）`}</Descriptions.Item>
            <Descriptions.Item label="专业特长">{text(c.speciality)}</Descriptions.Item>
            <Descriptions.Item label="服务领域">{text(c.field)}</Descriptions.Item>
            <Descriptions.Item label="派出单位">{c.unitName}</Descriptions.Item>
            <Descriptions.Item label="单位类型">{c.unitKind}</Descriptions.Item>
            <Descriptions.Item label="级别 · 批次">{`${levelLabel(c.level)} · ${c.batch}`}</Descriptions.Item>
            <Descriptions.Item label="任期">{`${c.termStart} 至 ${c.termEnd}`}</Descriptions.Item>
            <Descriptions.Item label="聘任日期">{text(c.appointedOn)}</Descriptions.Item>
            <Descriptions.Item label="科技特派团">{text(c.teamName)}</Descriptions.Item>
            <Descriptions.Item label="所属县区">{text(c.regionName)}</Descriptions.Item>
            <Descriptions.Item label="关联账号">{text(c.username)}</Descriptions.Item>
            {c.statusReason && <Descriptions.Item label="解聘原因">{c.statusReason}</Descriptions.Item>}
            {c.remark && <Descriptions.Item label="备注">{c.remark}</Descriptions.Item>}
          </Descriptions>

          <Card title="资格条件" size="small">
            <EligibilityList result={d.eligibility} override={c.eligibilityOverride} />
          </Card>

          <Card
            title="三方协议"
            size="small"
            extra={
              canWrite && (
                <Button size="small" onClick={() => setDialog({ kind: 'agreement' })}>
                  签订三方协议
                </Button>
              )
            }
          >
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              scroll={{ x: 640 }}
              dataSource={d.agreements}
              expandable={{
                expandedRowRender: (a) => (
                  <AttachmentPanel
                    ownerType="commissioner.agreement"
                    ownerId={a.id}
                    slots={{ scan: { label: '协议扫描件（PDF 或图片）', accept: '.pdf,.jpg,.jpeg,.png' } }}
                    canEdit={canWrite}
                  />
                ),
              }}
              columns={[
                { title: '服务对象', dataIndex: 'objectName', render: (v, a) => `${v}（${a.objectKind}）` },
                { title: '期限', width: 200, render: (_v, a) => `${a.startOn} 至 ${a.endOn}` },
                { title: '约定天数', dataIndex: 'serviceDays', width: 80 },
                { title: '服务任务', dataIndex: 'tasks', ellipsis: true },
                {
                  title: '状态',
                  dataIndex: 'status',
                  width: 70,
                  render: (v: string) => COMMISSIONER_AGREEMENT_STATE_LABELS[v as CommissionerAgreementState] ?? v,
                },
                ...(canWrite
                  ? [
                      {
                        title: '操作',
                        width: 60,
                        render: (_v: unknown, a: TCommissionerAgreement) =>
                          a.status === 'active' && (
                            <Typography.Link onClick={() => setDialog({ kind: 'terminate', agreement: a })}>
                              终止
                            </Typography.Link>
                          ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>

          <Card
            title="状态记录"
            size="small"
            extra={<Link to={`/service-event/events?commissionerId=${c.id}`}>参加培训</Link>}
          >
            <Table
              rowKey={(h) => `${h.at}-${h.toState}`}
              size="small"
              pagination={false}
              scroll={{ x: 560 }}
              dataSource={d.history}
              columns={[
                { title: '日期', dataIndex: 'onDate', width: 110 },
                {
                  title: '状态',
                  render: (_v, h) => `${h.fromState ? `${stateLabel(h.fromState)} → ` : ''}${stateLabel(h.toState)}`,
                },
                { title: '原因', dataIndex: 'reason', render: text },
                { title: '办理人', dataIndex: 'actorName', width: 90, render: text },
                { title: '办理时间', dataIndex: 'at', width: 160, render: (v: string) => formatDateTime(v) },
              ]}
            />
          </Card>
        </Space>
      )}
      {dialog?.kind === 'move' && c && (
        <CommissionerMoveModal commissioner={c} move={dialog.move} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog?.kind === 'agreement' && c && (
        <AgreementModal commissioner={c} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog?.kind === 'override' && c && (
        <ReasonModal
          title={`资格条件例外 · ${c.name}`}
          label="例外原因"
          onClose={() => setDialog(null)}
          submit={async (v) => {
            await commissionerApi.override(c.id, { version: c.version, reason: v.reason });
            showSuccess('已记录例外原因');
            done();
          }}
        />
      )}
      {dialog?.kind === 'terminate' && (
        <ReasonModal
          title={`终止三方协议 · ${dialog.agreement.objectName}`}
          label="终止原因"
          withDate
          onClose={() => setDialog(null)}
          submit={async (v) => {
            const a = dialog.agreement;
            await commissionerApi.terminateAgreement(a.id, { version: a.version, on: v.on!, reason: v.reason });
            showSuccess('三方协议已终止');
            done();
          }}
        />
      )}
    </Drawer>
  );
}

/** A reason (and optionally a date) asked before a change. */
function ReasonModal(props: {
  title: string;
  label: string;
  withDate?: boolean;
  onClose: () => void;
  submit: (v: { reason: string; on?: string }) => Promise<void>;
}) {
  return (
    <ModalForm<{ reason: string; on?: string }>
      title={props.title}
      open
      width={480}
      modalProps={{ onCancel: props.onClose, destroyOnHidden: true }}
      initialValues={{ on: chinaToday() }}
      onFinish={async (v) => {
        try {
          await props.submit(v);
          return true;
        } catch (e) {
          handleMutationError(e, { reload: props.onClose });
          return false;
        }
      }}
    >
      {props.withDate && (
        <ProFormDatePicker
          name="on"
          label="日期"
          rules={[{ required: true, message: '请选择日期' }]}
          fieldProps={{ format: 'YYYY-MM-DD', style: { width: '100%' } }}
        />
      )}
      <ProFormTextArea
        name="reason"
        label={props.label}
        rules={[{ required: true, message: `请填写${props.label}` }]}
      />
    </ModalForm>
  );
}
