import { useCallback, useEffect, useState } from 'react';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { Alert, Button, Descriptions, Popconfirm, Space, Tag, Typography } from 'antd';
import {
  BID_STATE_LABELS,
  chinaToday,
  formatWanAmount,
  type TBid,
  type TBidOverview,
  type TMilestone,
  type TTechDemand,
} from '@kechuang/domain';
import { showError, showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { useCan } from '../../auth/use-can';
import { bidApi } from './bid.api';
import { BidFormModal } from './BidFormModal';
import { AcceptanceModal, MilestoneReportModal } from './BidStepForms';
import { ContractFormModal } from './ContractFormModal';

const BID_COLORS = { submitted: 'processing', chosen: 'success', not_chosen: 'default' } as const;
const SHOWN_FROM = ['published', 'bidding', 'signed', 'implementing', 'accepted', 'failed', 'terminated'];

type Dialog = { kind: 'apply' } | { kind: 'contract' } | { kind: 'report'; m: TMilestone } | { kind: 'accept' } | null;

/**
 * 揭榜 of a published demand (docs/rules.md §5.2), on its detail: the applications, the choice and its 公示, the
 * contract with its milestones and reports, the acceptance. Staff record; the enterprise chooses on its own demand.
 */
export function DemandBidSection({ demand, onChanged }: { demand: TTechDemand; onChanged: () => void }) {
  const isStaff = useCan('tech-demand:write');
  const isOwner = useCan('tech-demand:self');
  const [o, setO] = useState<TBidOverview | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const shown = SHOWN_FROM.includes(demand.state);
  const load = useCallback(() => {
    if (shown) bidApi.overview(demand.id).then(setO, showError);
  }, [demand.id, shown]);
  useEffect(load, [load, demand.version]);
  if (!shown || !o) return null;

  const saved = () => {
    setDialog(null);
    load();
    onChanged();
  };
  const today = chinaToday();
  const chosen = o.bids.find((b) => b.state === 'chosen');
  const publicityOver = !!chosen?.publicityTo && chosen.publicityTo < today;
  const canChoose = demand.state === 'bidding' && !chosen && (isStaff || isOwner);

  const choose = async (b: TBid) => {
    try {
      await bidApi.choose(b.id, b.version);
      showSuccess(`已选定${b.institutionName}，进入公示`);
      saved();
    } catch (e) {
      handleMutationError(e, { reload: load });
    }
  };

  const bidColumns: ProColumns<TBid>[] = [
    { title: '揭榜单位', dataIndex: 'institutionName', ellipsis: true },
    { title: '负责人', width: 90, render: (_, b) => b.leader.name },
    { title: '经费(万元)', width: 100, render: (_, b) => formatWanAmount(b.budget) },
    {
      title: '状态',
      width: 80,
      render: (_, b) => <Tag color={BID_COLORS[b.state]}>{BID_STATE_LABELS[b.state]}</Tag>,
    },
    {
      title: '操作',
      width: 70,
      render: (_, b) =>
        canChoose && b.state === 'submitted' ? (
          <Popconfirm title={`选定“${b.institutionName}”揭榜并公示？其他申请将为未中选`} onConfirm={() => choose(b)}>
            <Typography.Link>选定</Typography.Link>
          </Popconfirm>
        ) : null,
    },
  ];

  const milestoneColumns: ProColumns<TMilestone>[] = [
    { title: '里程碑', dataIndex: 'title', ellipsis: true },
    { title: '计划完成', dataIndex: 'dueOn', width: 100 },
    { title: '计划(万元)', width: 92, render: (_, m) => formatWanAmount(m.planned) },
    { title: '已付(万元)', width: 92, render: (_, m) => formatWanAmount(m.paid) },
    {
      title: '进展',
      width: 76,
      render: (_, m) =>
        m.reachedOn ? <Tag color="success">已完成</Tag> : m.overdue ? <Tag color="error">逾期</Tag> : <Tag>进行中</Tag>,
    },
    {
      title: '操作',
      width: 52,
      render: (_, m) =>
        isStaff && ['signed', 'implementing'].includes(demand.state) ? (
          <Typography.Link onClick={() => setDialog({ kind: 'report', m })}>报告</Typography.Link>
        ) : null,
    },
  ];

  return (
    <div data-testid="demand-bid-section">
      <Space style={{ marginTop: 16, marginBottom: 8, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          揭榜情况
        </Typography.Title>
        <Space>
          {isStaff && ['published', 'bidding'].includes(demand.state) && !chosen && (
            <Button size="small" onClick={() => setDialog({ kind: 'apply' })}>
              登记揭榜申请
            </Button>
          )}
          {isStaff && demand.state === 'bidding' && chosen && publicityOver && !chosen.objectionOpen && (
            <Button size="small" type="primary" onClick={() => setDialog({ kind: 'contract' })}>
              登记合同
            </Button>
          )}
          {isStaff && demand.state === 'implementing' && (
            <Button size="small" type="primary" onClick={() => setDialog({ kind: 'accept' })}>
              登记验收
            </Button>
          )}
        </Space>
      </Space>
      <ProTable<TBid>
        rowKey="id"
        size="small"
        search={false}
        options={false}
        pagination={false}
        dataSource={o.bids}
        columns={bidColumns}
        locale={{ emptyText: '暂无揭榜申请' }}
        expandable={{
          expandedRowRender: (b) => (
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {b.solution}
              <br />
              团队：{[b.leader, ...b.members].map((m) => `${m.name}（${m.role}）`).join('、')}；周期 {b.periodMonths}{' '}
              个月；申请日期 {b.appliedOn}
            </Typography.Paragraph>
          ),
        }}
      />
      {chosen && (
        <Alert
          style={{ marginTop: 8 }}
          type={chosen.objectionOpen ? 'warning' : publicityOver ? 'success' : 'info'}
          showIcon
          message={`揭榜结果公示：${chosen.institutionName}，${chosen.publicityFrom} 至 ${chosen.publicityTo}${publicityOver ? '（已结束）' : '（公示中）'}`}
          description={chosen.objectionOpen ? `异议：${chosen.objection}（处理后方可签订合同）` : undefined}
        />
      )}
      {o.contract && (
        <>
          <Descriptions size="small" column={2} style={{ marginTop: 12 }} bordered>
            <Descriptions.Item label="合同金额">{formatWanAmount(o.contract.amount)} 万元</Descriptions.Item>
            <Descriptions.Item label="签订日期">{o.contract.signedOn}</Descriptions.Item>
            <Descriptions.Item label="甲方">{o.contract.enterpriseName}</Descriptions.Item>
            <Descriptions.Item label="乙方">{o.contract.institutionName}</Descriptions.Item>
          </Descriptions>
          <ProTable<TMilestone>
            style={{ marginTop: 8 }}
            rowKey="id"
            size="small"
            search={false}
            options={false}
            pagination={false}
            dataSource={o.contract.milestones}
            columns={milestoneColumns}
            expandable={{
              rowExpandable: (m) => m.reports.length > 0,
              expandedRowRender: (m) =>
                m.reports.map((r) => (
                  <div key={r.id}>
                    {r.reportedOn}：{r.content}
                    {r.payAmount ? `（付款 ${formatWanAmount(r.payAmount)}）` : ''}
                  </div>
                )),
            }}
          />
        </>
      )}
      {o.acceptance && (
        <Alert
          style={{ marginTop: 8 }}
          type={o.acceptance.passed ? 'success' : 'error'}
          showIcon
          message={`项目验收（${o.acceptance.acceptedOn}）：${o.acceptance.passed ? '通过' : '未通过'}`}
          description={o.acceptance.conclusion}
        />
      )}
      {dialog?.kind === 'apply' && (
        <BidFormModal demandId={demand.id} onClose={() => setDialog(null)} onSaved={saved} />
      )}
      {dialog?.kind === 'contract' && (
        <ContractFormModal
          demandId={demand.id}
          demandVersion={demand.version}
          onClose={() => setDialog(null)}
          onSaved={saved}
        />
      )}
      {dialog?.kind === 'report' && (
        <MilestoneReportModal milestone={dialog.m} onClose={() => setDialog(null)} onSaved={saved} />
      )}
      {dialog?.kind === 'accept' && (
        <AcceptanceModal
          demandId={demand.id}
          demandVersion={demand.version}
          onClose={() => setDialog(null)}
          onSaved={saved}
        />
      )}
    </div>
  );
}
