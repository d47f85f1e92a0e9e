import { useCallback, useEffect, useState } from 'react';
import { ProCard, ProTable } from '@ant-design/pro-components';
import { Alert, Button, Popconfirm, Result, Space, Tag, Tooltip, Typography } from 'antd';
import { OUTLIER_RULE_LABELS, type TRanking } from '@kechuang/domain';
import { ApiError } from '../../api/client';
import { showSuccess } from '../../ui/feedback';
import { FullPageSpin } from '../../ui/FullPageSpin';
import { formatDateTime } from '../../ui/format';
import { handleMutationError } from '../../ui/mutation-error';
import { useCan } from '../auth/use-can';
import { projectApi } from './project.api';

type Item = TRanking['items'][number];

/** 评审排名 of a call: final score by the call's rule, each expert's score (outliers struck through), leader confirmation. */
export function RankingView({ callId }: { callId: number }) {
  const [ranking, setRanking] = useState<TRanking | null>(null);
  const [error, setError] = useState<string | null>(null);
  const canConfirm = useCan('project:confirm');
  const load = useCallback(() => {
    projectApi
      .ranking(callId)
      .then(setRanking, (e: unknown) => setError(e instanceof ApiError ? e.message : '加载失败'));
  }, [callId]);
  useEffect(load, [load]);

  if (error) return <Result status="warning" title="无法查看评审排名" subTitle={error} />;
  if (!ranking) return <FullPageSpin />;

  const confirm = async () => {
    try {
      setRanking(await projectApi.confirmRanking(callId));
      showSuccess('已确认评审排名');
    } catch (e) {
      handleMutationError(e, { reload: load });
    }
  };

  return (
    <ProCard
      title={ranking.callTitle}
      extra={
        ranking.confirmed ? (
          <Tag color="gold" data-testid="ranking-confirmed">
            已确认 · {ranking.confirmed.by ?? ''} {formatDateTime(ranking.confirmed.at)}
          </Tag>
        ) : canConfirm ? (
          <Popconfirm title="确认本批次评审排名？" description="确认后专家评分冻结，不可再修改。" onConfirm={confirm}>
            <Button type="primary">确认排名</Button>
          </Popconfirm>
        ) : (
          <Tag>待局领导确认</Tag>
        )
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message={`汇总规则：${OUTLIER_RULE_LABELS[ranking.outlierRule]}${ranking.outlierRule === 'drop-beyond-n-sd' ? `（N = ${ranking.outlierSd}）` : ''}；每个项目至少 ${ranking.minExperts} 位专家提交评分后计入排名。划线的评分为按规则剔除的异常值。`}
      />
      <ProTable<Item>
        rowKey="applicationId"
        search={false}
        options={false}
        pagination={false}
        dataSource={ranking.items}
        columns={[
          { title: '排名', dataIndex: 'rank', width: 70, render: (_d, i) => i.rank ?? '-' },
          { title: '项目名称', dataIndex: 'title', width: 260 },
          { title: '申报单位', dataIndex: 'enterpriseName', width: 200 },
          {
            title: '最终得分',
            dataIndex: 'finalScore',
            width: 100,
            render: (_d, i) => (i.finalScore ? <Typography.Text strong>{i.finalScore}</Typography.Text> : '-'),
          },
          {
            title: '专家评分',
            dataIndex: 'experts',
            render: (_d, i) => (
              <Space size={[4, 4]} wrap>
                {i.experts.map((x) => (
                  <Tooltip key={x.expertId} title={!x.submitted ? '尚未提交' : x.kept ? '计入' : '异常值，已剔除'}>
                    <Tag
                      color={!x.submitted ? 'default' : x.kept ? 'blue' : 'red'}
                      style={x.submitted && !x.kept && i.complete ? { textDecoration: 'line-through' } : undefined}
                    >
                      {x.expertName} {x.score ?? '未提交'}
                    </Tag>
                  </Tooltip>
                ))}
              </Space>
            ),
          },
          {
            title: '说明',
            dataIndex: 'note',
            width: 260,
            render: (_d, i) => <Typography.Text type={i.complete ? 'secondary' : 'warning'}>{i.note}</Typography.Text>,
          },
        ]}
      />
    </ProCard>
  );
}
