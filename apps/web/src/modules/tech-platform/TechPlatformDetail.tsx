import { useCallback, useEffect, useState } from 'react';
import { Button, Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import {
  TECH_PLATFORM_STATE_LABELS,
  chinaToday,
  type TTechPlatformDetail,
  type TTechPlatformIncubatee,
} from '@kechuang/domain';
import { AttachmentPanel } from '../../ui/attachments/AttachmentPanel';
import { showError, showSuccess } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { useCan } from '../auth/use-can';
import { AddIncubateeModal, GraduateModal } from './IncubateeModals';
import { PlatformMoveModal } from './PlatformMoveModal';
import { techPlatformApi } from './tech-platform.api';
import { STATE_COLORS } from './TechPlatformTable';
import { TechPlatformFormDrawer } from './TechPlatformFormDrawer';

type Dialog =
  | { kind: 'edit' }
  | { kind: 'move'; move: TTechPlatformDetail['moves'][number] }
  | { kind: 'add-incubatee' }
  | { kind: 'graduate'; incubatee: TTechPlatformIncubatee }
  | null;

const text = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '-' : v);

/** One platform: its record, status moves, history, incubatees (孵化载体), 变更 to report and attachments. */
export function TechPlatformDetail({ id }: { id: number }) {
  const [p, setP] = useState<TTechPlatformDetail | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const canWrite = useCan('tech-platform:write');

  const load = useCallback(() => techPlatformApi.get(id).then(setP, showError), [id]);
  useEffect(() => {
    void load();
  }, [load]);
  const done = () => {
    setDialog(null);
    void load();
  };

  if (!p) return <Card loading />;

  const report = async (changeId: number) => {
    try {
      await techPlatformApi.reportChange(changeId, chinaToday());
      showSuccess('已登记为已报告');
      void load();
    } catch (e) {
      showError(e);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            {p.name}
            <Tag color={STATE_COLORS[p.status]}>{p.statusLabel}</Tag>
          </Space>
        }
        extra={
          canWrite && (
            <Space>
              {p.moves.map((m) => (
                <Button
                  key={m.to}
                  type={m.reasonRequired ? 'default' : 'primary'}
                  danger={m.reasonRequired}
                  onClick={() => setDialog({ kind: 'move', move: m })}
                >
                  {m.label}
                </Button>
              ))}
              <Button icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit' })}>
                编辑
              </Button>
            </Space>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label="平台类别">{p.kindLabel}</Descriptions.Item>
          <Descriptions.Item label="平台级别">{p.levelLabel}</Descriptions.Item>
          <Descriptions.Item label="所属县区">{p.regionName}</Descriptions.Item>
          <Descriptions.Item label="运营单位">{text(p.operatorName)}</Descriptions.Item>
          <Descriptions.Item label="技术领域">{text(p.field)}</Descriptions.Item>
          <Descriptions.Item label="所属产业">{text(p.industry)}</Descriptions.Item>
          <Descriptions.Item label="地址">{text(p.address)}</Descriptions.Item>
          <Descriptions.Item label="场地面积">{p.siteArea ? `${p.siteArea} ㎡` : '-'}</Descriptions.Item>
          <Descriptions.Item label="从业人数">{text(p.staffCount)}</Descriptions.Item>
          <Descriptions.Item label="筹备起始日期">{text(p.preparingFrom)}</Descriptions.Item>
          <Descriptions.Item label="成立（组建）日期">{text(p.establishedOn)}</Descriptions.Item>
          <Descriptions.Item label="认定日期">{text(p.recognizedOn)}</Descriptions.Item>
          <Descriptions.Item label="认定文号">{text(p.documentNo)}</Descriptions.Item>
          {p.statusReason && <Descriptions.Item label="摘牌/撤销原因">{p.statusReason}</Descriptions.Item>}
          {p.remark && <Descriptions.Item label="备注">{p.remark}</Descriptions.Item>}
        </Descriptions>
        {p.members.length > 0 && (
          <Descriptions size="small" column={1}>
            <Descriptions.Item label="成员单位">{p.members.map((m) => m.name).join('、')}</Descriptions.Item>
          </Descriptions>
        )}
      </Card>

      <Card title="状态记录" size="small">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={p.history}
          columns={[
            { title: '日期', dataIndex: 'on', width: 120 },
            {
              title: '状态',
              render: (_v, h) =>
                `${h.fromState ? `${TECH_PLATFORM_STATE_LABELS[h.fromState]} → ` : '登记为'}${TECH_PLATFORM_STATE_LABELS[h.toState]}`,
            },
            { title: '原因', dataIndex: 'reason', render: text },
            { title: '办理人', dataIndex: 'actorName', width: 120, render: text },
            { title: '办理时间', dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v) },
          ]}
        />
      </Card>

      {p.incubation && (
        <Card
          title="在孵企业"
          size="small"
          extra={
            canWrite && (
              <Button size="small" onClick={() => setDialog({ kind: 'add-incubatee' })}>
                登记在孵企业
              </Button>
            )
          }
        >
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={p.incubatees}
            columns={[
              { title: '企业', dataIndex: 'enterpriseName' },
              { title: '入孵日期', dataIndex: 'enteredOn', width: 110 },
              { title: '毕业日期', dataIndex: 'graduatedOn', width: 110, render: text },
              { title: '毕业条件', dataIndex: 'criterionLabel', render: text },
              { title: '依据', dataIndex: 'basis', ellipsis: true, render: text },
              {
                title: '操作',
                width: 80,
                render: (_v, i) =>
                  canWrite &&
                  !i.graduatedOn && (
                    <Typography.Link onClick={() => setDialog({ kind: 'graduate', incubatee: i })}>
                      毕业
                    </Typography.Link>
                  ),
              },
            ]}
          />
        </Card>
      )}

      {(p.incubation || p.changes.length > 0) && (
        <Card title="变更报告（名称、运营主体、场地面积、地址变更须在 3 个月内报告）" size="small">
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={p.changes}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无变更" /> }}
            columns={[
              { title: '变更', dataIndex: 'changeLabel', width: 120 },
              { title: '内容', dataIndex: 'detail' },
              { title: '变更日期', dataIndex: 'changedOn', width: 110 },
              { title: '报告期限', dataIndex: 'dueOn', width: 110 },
              {
                title: '已报告',
                dataIndex: 'reportedOn',
                width: 140,
                render: (v: string | null, c) =>
                  v ??
                  (canWrite ? <Typography.Link onClick={() => report(c.id)}>登记已报告</Typography.Link> : '未报告'),
              },
            ]}
          />
        </Card>
      )}

      <Card title="附件（认定证书等）" size="small">
        <AttachmentPanel
          ownerType="tech-platform.platform"
          ownerId={p.id}
          slots={{ certificate: { label: '认定证书' }, other: { label: '其他附件' } }}
          canEdit={canWrite}
        />
      </Card>

      {dialog?.kind === 'edit' && (
        <TechPlatformFormDrawer platform={p} onClose={() => setDialog(null)} onSaved={done} />
      )}
      {dialog?.kind === 'move' && (
        <PlatformMoveModal platform={p} move={dialog.move} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog?.kind === 'add-incubatee' && (
        <AddIncubateeModal platformId={p.id} onClose={() => setDialog(null)} onDone={done} />
      )}
      {dialog?.kind === 'graduate' && (
        <GraduateModal incubatee={dialog.incubatee} onClose={() => setDialog(null)} onDone={done} />
      )}
    </Space>
  );
}
