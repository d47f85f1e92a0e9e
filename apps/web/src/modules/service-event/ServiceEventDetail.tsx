import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import { Button, Card, Descriptions, Popconfirm, Space, Statistic, Table, Tag, Typography } from 'antd';
import { EditOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import {
  ATTENDEE_KIND_LABELS,
  COMMISSIONER_LEVEL_WORDS,
  SERVICE_EVENT_STATE_LABELS,
  eventTransitionsFrom,
  type ServiceEventState,
  type ServiceEventTransition,
  type TAttendee,
  type TServiceEventDetail,
} from '@kechuang/domain';
import { AttachmentPanel } from '../../ui/attachments/AttachmentPanel';
import { showError, showSuccess } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { handleMutationError } from '../../ui/mutation-error';
import { usePageTitle } from '../../ui/page-title';
import { useCan } from '../auth/use-can';
import { AddAttendeesModal } from './AddAttendeesModal';
import { serviceEventApi } from './service-event.api';
import { EVENT_STATE_COLORS } from './ServiceEventTable';
import { ServiceEventFormDrawer } from './ServiceEventFormDrawer';

type Dialog = { kind: 'edit' } | { kind: 'attendees' } | { kind: 'move'; move: ServiceEventTransition } | null;

const text = (v: string | null | undefined) => (v ? v : '-');

/** One event: its record, counts, status moves and history, and its attendees (added in bulk, removed one by one). */
export function ServiceEventDetail({ id }: { id: number }) {
  const [e, setE] = useState<TServiceEventDetail | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const canWrite = useCan('service-event:write');
  usePageTitle(e?.title);

  const load = useCallback(() => serviceEventApi.get(id).then(setE, showError), [id]);
  useEffect(() => {
    void load();
  }, [load]);
  const done = () => {
    setDialog(null);
    void load();
  };
  if (!e) return <Card loading />;

  const moves = canWrite ? eventTransitionsFrom(e.status) : [];
  const remove = async (a: TAttendee) => {
    try {
      await serviceEventApi.removeAttendee(e.id, a.id);
      showSuccess(`已移除“${a.unit ?? a.name}”`);
      void load();
    } catch (err) {
      showError(err);
    }
  };
  const moveNow = async (m: ServiceEventTransition, reason?: string) => {
    await serviceEventApi.move(e.id, { to: m.to, reason: reason ?? null, version: e.version });
    showSuccess(`${e.title}：${SERVICE_EVENT_STATE_LABELS[m.to]}`);
  };

  const columns = [
    { title: '类别', dataIndex: 'kind', width: 110, render: (k: TAttendee['kind']) => ATTENDEE_KIND_LABELS[k] },
    {
      title: '单位',
      dataIndex: 'unit',
      render: (_v: unknown, a: TAttendee) =>
        a.kind === 'enterprise' ? <Link to={`/enterprise/${a.enterpriseId}`}>{a.unit}</Link> : text(a.unit),
    },
    { title: '姓名', dataIndex: 'name', width: 120, render: text },
    {
      title: '职务 / 级别',
      dataIndex: 'post',
      width: 170,
      render: (_v: unknown, a: TAttendee) =>
        a.kind === 'commissioner'
          ? `${COMMISSIONER_LEVEL_WORDS[a.commissionerLevel ?? ''] ?? text(a.commissionerLevel)} · ${text(a.commissionerBatch)}`
          : text(a.post),
    },
    { title: '联系电话', dataIndex: 'phoneMasked', width: 130, render: text },
    ...(canWrite && e.status !== 'cancelled'
      ? [
          {
            title: '操作',
            key: 'op',
            width: 70,
            render: (_v: unknown, a: TAttendee) => (
              <Popconfirm title="从参加名单中移除？" onConfirm={() => remove(a)}>
                <Typography.Link type="danger">移除</Typography.Link>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            {e.title}
            <Tag color={EVENT_STATE_COLORS[e.status]}>{SERVICE_EVENT_STATE_LABELS[e.status]}</Tag>
          </Space>
        }
        extra={
          <Space wrap>
            {canWrite && e.status === 'planned' && (
              <Button icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit' })}>
                编辑
              </Button>
            )}
            {moves.map((m) =>
              m.reasonRequired ? (
                <Button key={m.to} danger onClick={() => setDialog({ kind: 'move', move: m })}>
                  {m.label}
                </Button>
              ) : (
                <Popconfirm
                  key={m.to}
                  title={`确认${m.label}？`}
                  onConfirm={() => moveNow(m).then(load, (err: unknown) => handleMutationError(err, { reload: load }))}
                >
                  <Button type="primary">{m.label}</Button>
                </Popconfirm>
              ),
            )}
          </Space>
        }
      >
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label="活动类别">{e.kindLabel}</Descriptions.Item>
          <Descriptions.Item label="活动日期">
            {e.endOn === e.startOn ? e.startOn : `${e.startOn} 至 ${e.endOn}`}
          </Descriptions.Item>
          <Descriptions.Item label="主办单位">{e.organiser}</Descriptions.Item>
          <Descriptions.Item label="协办单位">
            {e.coOrganisers.length ? e.coOrganisers.join('、') : '-'}
          </Descriptions.Item>
          <Descriptions.Item label="活动地点">{text(e.place)}</Descriptions.Item>
          <Descriptions.Item label="所属县区">{text(e.regionName)}</Descriptions.Item>
          {e.platformName && <Descriptions.Item label="科普基地">{e.platformName}</Descriptions.Item>}
          {e.statusReason && <Descriptions.Item label="取消原因">{e.statusReason}</Descriptions.Item>}
          <Descriptions.Item label="活动成效" span={2}>
            {text(e.outcome)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small">
        <Space size="large" wrap>
          <Statistic title="参加企业（家）" value={e.enterpriseCount} />
          <Statistic title="参加人数（人）" value={e.personsReached} />
          <Statistic title="其中科技特派员" value={e.commissionerCount} />
          <Statistic title="其中其他人员" value={e.personCount} />
        </Space>
      </Card>
      <Card
        title="参加企业与人员"
        extra={
          canWrite &&
          e.status !== 'cancelled' && (
            <Button type="primary" icon={<UsergroupAddOutlined />} onClick={() => setDialog({ kind: 'attendees' })}>
              添加参加企业与人员
            </Button>
          )
        }
      >
        <Table<TAttendee>
          rowKey="id"
          size="small"
          dataSource={e.attendees}
          columns={columns}
          pagination={e.attendees.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 700 }}
          locale={{ emptyText: '尚未添加参加企业或人员' }}
        />
      </Card>
      <Card title="活动材料与现场照片" size="small">
        <AttachmentPanel
          ownerType="service-event.event"
          ownerId={e.id}
          slots={{
            material: { label: '活动材料（PDF、Word、Excel）', accept: '.pdf,.docx,.xlsx' },
            photo: { label: '现场照片', photo: true, accept: '.jpg,.jpeg,.png' },
          }}
          canEdit={canWrite}
        />
      </Card>
      <Card title="状态记录" size="small">
        <Table
          rowKey={(h) => `${h.at}-${h.toState}`}
          size="small"
          pagination={false}
          dataSource={e.history}
          columns={[
            { title: '时间', dataIndex: 'at', width: 160, render: (v: string) => formatDateTime(v) },
            {
              title: '状态',
              dataIndex: 'toState',
              render: (v: string) => SERVICE_EVENT_STATE_LABELS[v as ServiceEventState] ?? v,
            },
            { title: '原因', dataIndex: 'reason', render: text },
            { title: '经办人', dataIndex: 'actorName', render: text },
          ]}
        />
      </Card>
      {dialog?.kind === 'edit' && <ServiceEventFormDrawer event={e} onClose={() => setDialog(null)} onSaved={done} />}
      {dialog?.kind === 'attendees' && (
        <AddAttendeesModal eventId={e.id} eventTitle={e.title} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog?.kind === 'move' && (
        <ModalForm<{ reason: string }>
          title={`${dialog.move.label} · ${e.title}`}
          open
          width={480}
          modalProps={{ onCancel: () => setDialog(null), destroyOnHidden: true }}
          onFinish={async (v) => {
            try {
              await moveNow(dialog.move, v.reason);
              done();
              return true;
            } catch (err) {
              handleMutationError(err, { reload: done });
              return false;
            }
          }}
        >
          <ProFormTextArea name="reason" label="取消原因" rules={[{ required: true, message: '请填写取消原因' }]} />
        </ModalForm>
      )}
    </Space>
  );
}
