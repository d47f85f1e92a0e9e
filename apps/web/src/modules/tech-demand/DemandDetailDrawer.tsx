import { useEffect, useState } from 'react';
import { Descriptions, Drawer, Tag, Timeline, Typography } from 'antd';
import {
  DEMAND_STATE_LABELS,
  HIGH_TECH_DOMAINS,
  formatWanAmount,
  type DemandState,
  type TTechDemandDetail,
} from '@kechuang/domain';
import { AttachmentPanel } from '../../ui/attachments/AttachmentPanel';
import { showError } from '../../ui/feedback';
import { formatDateTime } from '../../ui/format';
import { useCan } from '../auth/use-can';
import { DemandBidSection } from './bid/DemandBidSection';
import { DEMAND_STATE_COLORS } from './demand-labels';
import { techDemandApi } from './tech-demand.api';

const label = (s: string | null) => (s ? DEMAND_STATE_LABELS[s as DemandState] : '新建');

/** A demand in full, with its state history (docs/rules.md §5.2). */
export function DemandDetailDrawer({ id, onClose }: { id: number; onClose: () => void }) {
  const [d, setD] = useState<TTechDemandDetail | null>(null);
  // The enterprise (or staff for it) changes the materials while the demand is a draft; the server checks again.
  const staffMay = useCan('tech-demand:write');
  const ownerMay = useCan('tech-demand:self');
  const mayChange = staffMay || ownerMay;
  useEffect(() => {
    techDemandApi.get(id).then(setD, showError);
  }, [id]);
  const domain = HIGH_TECH_DOMAINS.find((x) => x.code === d?.hightechDomain);
  return (
    <Drawer title={d ? `技术需求 · ${d.title}` : '技术需求'} open width={640} onClose={onClose} destroyOnHidden>
      {d && (
        <>
          <Descriptions column={1} size="small" bordered labelStyle={{ width: 120 }}>
            <Descriptions.Item label="状态">
              <Tag color={DEMAND_STATE_COLORS[d.state]}>{DEMAND_STATE_LABELS[d.state]}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="发榜企业">{d.enterpriseName}</Descriptions.Item>
            <Descriptions.Item label="榜单批次">{d.callTitle ?? '-'}</Descriptions.Item>
            <Descriptions.Item label="技术领域">{d.field}</Descriptions.Item>
            <Descriptions.Item label="高新技术领域">{domain?.name ?? '-'}</Descriptions.Item>
            <Descriptions.Item label="技术难题">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{d.problem}</Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label="技术指标">{d.indicators ?? '-'}</Descriptions.Item>
            <Descriptions.Item label="预期成果">{d.expectedOutcome ?? '-'}</Descriptions.Item>
            <Descriptions.Item label="拟投入">{formatWanAmount(d.budget)}</Descriptions.Item>
            <Descriptions.Item label="研发周期">{d.periodMonths ? `${d.periodMonths} 个月` : '-'}</Descriptions.Item>
            {d.contactName && (
              <Descriptions.Item label="联系人">{`${d.contactName} ${d.contactPhone}`}</Descriptions.Item>
            )}
            <Descriptions.Item label="论证得分 / 排名">
              {d.reviewScore ? `${d.reviewScore}（第 ${d.reviewRank ?? '-'} 名）` : '-'}
            </Descriptions.Item>
            <Descriptions.Item label="发榜 / 揭榜截止">
              {d.publishedOn ? `${d.publishedOn} / ${d.bidDeadline ?? '-'}` : '-'}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            需求附件
          </Typography.Title>
          <AttachmentPanel
            ownerType="tech-demand.demand"
            ownerId={d.id}
            slots={{ file: { label: '需求说明、技术资料（草稿时可上传）' } }}
            canEdit={mayChange && d.state === 'draft'}
          />
          <DemandBidSection demand={d} onChanged={() => techDemandApi.get(id).then(setD, showError)} />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            办理记录
          </Typography.Title>
          <Timeline
            items={d.history.map((h) => ({
              children: (
                <>
                  <div>
                    {label(h.fromState)} → {label(h.toState)}（{h.actorName ?? '系统'}，{formatDateTime(h.createdAt)}）
                  </div>
                  {h.reason && <Typography.Text type="secondary">理由：{h.reason}</Typography.Text>}
                </>
              ),
            }))}
          />
        </>
      )}
    </Drawer>
  );
}
