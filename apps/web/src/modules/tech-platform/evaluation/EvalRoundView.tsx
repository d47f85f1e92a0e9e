import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Popconfirm, Space, Steps, Table, Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import {
  EVAL_ROUND_STATE_LABELS,
  EVAL_ROUND_STATES,
  EVAL_ROUND_TRANSITIONS,
  TECH_PLATFORM_KINDS,
  type TEvalEntry,
} from '@kechuang/domain';
import { formatDateTime } from '../../../ui/format';
import { FullPageSpin } from '../../../ui/FullPageSpin';
import { showError, showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { saveFile } from '../../../ui/save-file';
import { useLoader } from '../../../ui/use-loader';
import { useCan } from '../../auth/use-can';
import { useSession } from '../../auth/use-session';
import { AssignEvalExpertsModal } from './AssignEvalExpertsModal';
import { EvalDataDrawer } from './EvalDataDrawer';
import { evaluationApi } from './evaluation.api';
import { EvalScoreDrawer } from './EvalScoreDrawer';
import { GradeTag } from './GradeTag';
import { ManagementScoreModal } from './ManagementScoreModal';
import { QuantitativeItems } from './QuantitativeItems';
import { ReturnDataModal } from './ReturnDataModal';

const kindLabel = (k: string) => TECH_PLATFORM_KINDS[k as keyof typeof TECH_PLATFORM_KINDS] ?? k;

/**
 * One round: its state and moves (staff), and its platforms with figures, scores and grade. Each user acts where the
 * server lets them: the operator (or staff) fills, staff assign experts and give the management score, an expert
 * scores their own task.
 */
export function EvalRoundView({ id }: { id: number }) {
  const { data, loading, reload } = useLoader(id, () => evaluationApi.round(id));
  const { user } = useSession();
  const isStaff = useCan('tech-platform:write');
  const isReader = useCan('tech-platform:read');
  const [filling, setFilling] = useState<TEvalEntry | null>(null);
  const [scoring, setScoring] = useState<TEvalEntry | null>(null);
  if (loading && !data) return <FullPageSpin />;
  if (!data) return <Alert type="warning" message="评价批次不存在或无权查看" />;
  const { round, entries, history } = data;
  const next = EVAL_ROUND_TRANSITIONS.filter((t) => t.from === round.state);
  const mayFill = (e: TEvalEntry) =>
    round.state === 'open' && e.status === 'draft' && (isStaff || (user?.enterpriseId ?? null) === e.enterpriseId);
  const myTask = (e: TEvalEntry) => e.experts.find((t) => t.expertId === user?.id);

  const move = async (to: string) => {
    try {
      await evaluationApi.move(round.id, { to, version: round.version });
      showSuccess(`评价批次已变为“${EVAL_ROUND_STATE_LABELS[to as keyof typeof EVAL_ROUND_STATE_LABELS]}”`);
      reload();
    } catch (e) {
      handleMutationError(e, { reload });
    }
  };
  const exportResults = async () => {
    try {
      saveFile(await evaluationApi.exportFile(round.id), `${round.title}.xlsx`);
    } catch (e) {
      showError(e);
    }
  };

  const actions: ColumnType<TEvalEntry> = {
    title: '操作',
    key: 'actions',
    width: 140,
    render: (_v, e) => (
      <Space wrap>
        {mayFill(e) && <Typography.Link onClick={() => setFilling(e)}>填报数据</Typography.Link>}
        {!mayFill(e) && e.status === 'submitted' && round.state === 'open' && (
          <Typography.Link onClick={() => setFilling(e)}>查看数据</Typography.Link>
        )}
        {isStaff && round.state === 'open' && e.status === 'submitted' && (
          <ReturnDataModal entry={e} onReturned={reload} />
        )}
        {isStaff && round.state === 'reviewing' && <ManagementScoreModal entry={e} onSaved={reload} />}
        {myTask(e) && (
          <Typography.Link onClick={() => setScoring(e)}>
            {myTask(e)!.status === 'submitted' ? '我的评分' : '评分'}
          </Typography.Link>
        )}
      </Space>
    ),
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={round.title}
        extra={
          <Space>
            {isStaff &&
              next.map((t) => (
                <Popconfirm key={t.to} title={`确认“${t.label}”？`} onConfirm={() => void move(t.to)}>
                  <Button type="primary">{t.label}</Button>
                </Popconfirm>
              ))}
            {isStaff && round.state === 'reviewing' && <AssignEvalExpertsModal entries={entries} onAssigned={reload} />}
            {isReader && <Button onClick={() => void exportResults()}>导出结果</Button>}
          </Space>
        }
      >
        <Descriptions size="small" column={4}>
          <Descriptions.Item label="状态">
            <Tag color="blue">{round.stateLabel}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label="年度">{round.year}</Descriptions.Item>
          <Descriptions.Item label="平台类型">{round.kinds.map(kindLabel).join('、')}</Descriptions.Item>
          <Descriptions.Item label="已提交">
            {round.submitted} / {round.entries}
          </Descriptions.Item>
          <Descriptions.Item label="县区">{round.regionName}</Descriptions.Item>
          <Descriptions.Item label="开始日期">{round.openedOn}</Descriptions.Item>
          <Descriptions.Item label="艰苦边远地区">{round.hardshipArea ? '是（定量要求下调）' : '否'}</Descriptions.Item>
          <Descriptions.Item label="公示">
            {round.noticeId ? (
              // Drafted here; 公示管理 publishes it to the public page.
              <Link to="/enterprise/notices">已生成草稿，到公示管理发布</Link>
            ) : (
              '—'
            )}
          </Descriptions.Item>
        </Descriptions>
        <Steps
          size="small"
          style={{ marginTop: 16 }}
          current={EVAL_ROUND_STATES.indexOf(round.state)}
          items={EVAL_ROUND_STATES.map((s) => {
            const m = history.find((h) => h.toState === s);
            return {
              title: EVAL_ROUND_STATE_LABELS[s],
              description: m ? (
                <>
                  <div>{formatDateTime(m.at)}</div>
                  <div>{m.actorName}</div>
                </>
              ) : undefined,
            };
          })}
        />
      </Card>
      <Table<TEvalEntry>
        rowKey="id"
        dataSource={entries}
        pagination={false}
        scroll={{ x: 1160 }}
        expandable={{
          expandedRowRender: (e) => <QuantitativeItems entry={e} />,
          rowExpandable: (e) => e.quantitativeItems.length > 0 || !!e.gradeMessage,
        }}
        columns={[
          { title: '平台', dataIndex: 'platformName', width: 190 },
          { title: '类型', dataIndex: 'kind', width: 100, render: (k: string) => kindLabel(k) },
          { title: '运营单位', dataIndex: 'enterpriseName', width: 180, ellipsis: true },
          {
            title: '填报',
            dataIndex: 'status',
            width: 80,
            render: (s: string) => (s === 'submitted' ? <Tag color="green">已提交</Tag> : <Tag>填报中</Tag>),
          },
          { title: '定量', dataIndex: 'quantitativeScore', width: 70, render: (v: string | null) => v ?? '—' },
          {
            title: '专家定性',
            key: 'experts',
            width: 100,
            // Before grading: how many of the assigned experts have scored.
            render: (_v, e) =>
              e.qualitativeScore ??
              (e.experts.length
                ? `${e.experts.filter((t) => t.status === 'submitted').length}/${e.experts.length} 已评`
                : '—'),
          },
          { title: '管理评价', dataIndex: 'managementScore', width: 80, render: (v: string | null) => v ?? '—' },
          { title: '总分', dataIndex: 'totalScore', width: 70, render: (v: string | null) => v ?? '—' },
          {
            title: '等级',
            dataIndex: 'grade',
            width: 110,
            render: (_v, e) => (
              <Space direction="vertical" size={0}>
                <GradeTag entry={e} />
                {e.revocationProposed &&
                  (isStaff ? (
                    // Staff move the platform to 摘牌 on its own page (the register's transition).
                    <Link to={`/tech-platform/platforms/${e.platformId}`}>
                      <Typography.Text type="danger">建议摘牌 →</Typography.Text>
                    </Link>
                  ) : (
                    <Typography.Text type="danger">建议摘牌</Typography.Text>
                  ))}
              </Space>
            ),
          },
          ...(round.state === 'open' || round.state === 'reviewing' ? [actions] : []),
        ]}
      />
      {filling && (
        <EvalDataDrawer
          entry={filling}
          readOnly={!mayFill(filling)}
          onClose={() => setFilling(null)}
          onSaved={() => {
            setFilling(null);
            reload();
          }}
        />
      )}
      {scoring && myTask(scoring) && (
        <EvalScoreDrawer
          entry={scoring}
          task={myTask(scoring)!}
          readOnly={round.state !== 'reviewing' || myTask(scoring)!.status === 'submitted'}
          onClose={() => setScoring(null)}
          onSaved={() => {
            setScoring(null);
            reload();
          }}
        />
      )}
    </Space>
  );
}
