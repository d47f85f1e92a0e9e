import { useEffect, useState } from 'react';
import { Alert, Button, Drawer, InputNumber, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { DEMAND_STATE_LABELS, type DemandState, type TRankingLine, type TTechDemandCall } from '@kechuang/domain';
import { showError, showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';
import { techDemandApi } from './tech-demand.api';

type Expert = { id: number; name: string; employer: string | null; hasProfile: boolean };

/**
 * 论证评审 of a call (docs/rules.md §5.2): assign experts to its demands, watch the confirmed scores, and confirm the
 * ranking with a cut (top N or a score line), which decides 入选 / 落选.
 */
export function ReviewDrawer({
  call,
  onClose,
  onChanged,
}: {
  call: TTechDemandCall;
  onClose: () => void;
  onChanged: () => void;
}) {
  const [lines, setLines] = useState<TRankingLine[]>([]);
  const [experts, setExperts] = useState<Expert[]>([]);
  const [chosen, setChosen] = useState<number[]>([]);
  const [cutKind, setCutKind] = useState<'topN' | 'scoreLine'>('topN');
  const [cutValue, setCutValue] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const load = () => techDemandApi.ranking(call.id).then(setLines, showError);
  useEffect(() => {
    load();
    techDemandApi.experts().then(setExperts, showError);
  }, [call.id]);

  const assign = async () => {
    setBusy(true);
    try {
      const r = await techDemandApi.assign({ demandIds: lines.map((l) => l.demandId), expertIds: chosen });
      showSuccess(`已指派 ${r.added} 项论证任务，专家将收到待办通知`);
      setChosen([]);
      await load();
    } catch (e) {
      handleMutationError(e);
    } finally {
      setBusy(false);
    }
  };
  const confirm = async () => {
    if (cutValue === null) return;
    setBusy(true);
    try {
      const cut = cutKind === 'topN' ? { topN: cutValue } : { scoreLine: cutValue };
      await techDemandApi.confirmRanking(call.id, { cut, version: call.version });
      showSuccess('已确认论证排名，需求已确定入选 / 落选');
      onChanged();
    } catch (e) {
      handleMutationError(e, { reload: onClose });
    } finally {
      setBusy(false);
    }
  };

  const open = call.state === 'reviewing' && !call.rankingConfirmed;
  return (
    <Drawer title={`论证评审 · ${call.title}`} open width={880} onClose={onClose} destroyOnHidden>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          message={`权重：产业带动作用 ${call.reviewWeights.industry}%、研究基础 ${call.reviewWeights.foundation}%、技术指标 ${call.reviewWeights.indicators}%、财务指标 ${call.reviewWeights.finance}%；每项需求至少 ${call.minExperts} 份已确认评分才参加排名。`}
        />
        {open && (
          <Space wrap>
            <Select
              mode="multiple"
              style={{ minWidth: 360 }}
              placeholder="从专家库选择论证专家（与发榜企业有利益冲突的将被拒绝）"
              value={chosen}
              onChange={setChosen}
              options={experts.map((x) => ({
                value: x.id,
                label: `${x.name}${x.employer ? `（${x.employer}）` : ''}`,
                disabled: !x.hasProfile,
              }))}
            />
            <Button onClick={assign} loading={busy} disabled={chosen.length === 0 || lines.length === 0}>
              指派给全部论证中需求
            </Button>
          </Space>
        )}
        <Table<TRankingLine>
          rowKey="demandId"
          size="small"
          pagination={false}
          dataSource={lines}
          columns={[
            { title: '排名', dataIndex: 'rank', width: 60, render: (v) => v ?? '-' },
            {
              title: '需求',
              dataIndex: 'title',
              render: (_v, l) => (
                <Space direction="vertical" size={0}>
                  <span>{l.title}</span>
                  <Typography.Text type="secondary">{l.enterpriseName}</Typography.Text>
                </Space>
              ),
            },
            { title: '已确认 / 指派', width: 110, render: (_v, l) => `${l.confirmed} / ${l.assigned}` },
            {
              title: '得分',
              dataIndex: 'score',
              width: 80,
              align: 'right',
              render: (v) => (v === null ? '-' : v.toFixed(2)),
            },
            {
              title: '状态',
              dataIndex: 'state',
              width: 80,
              render: (v: string) => <Tag>{DEMAND_STATE_LABELS[v as DemandState]}</Tag>,
            },
          ]}
        />
        {open && (
          <Space wrap>
            <Radio.Group value={cutKind} onChange={(e) => setCutKind(e.target.value)}>
              <Radio value="topN">取前 N 名</Radio>
              <Radio value="scoreLine">按分数线</Radio>
            </Radio.Group>
            <InputNumber
              aria-label="入选线"
              min={cutKind === 'topN' ? 1 : 0}
              max={cutKind === 'topN' ? 1000 : 100}
              value={cutValue}
              onChange={(v) => setCutValue(v)}
              placeholder={cutKind === 'topN' ? '名数' : '分数'}
            />
            <Button type="primary" onClick={confirm} loading={busy} disabled={cutValue === null || lines.length === 0}>
              确认排名
            </Button>
          </Space>
        )}
      </Space>
    </Drawer>
  );
}
