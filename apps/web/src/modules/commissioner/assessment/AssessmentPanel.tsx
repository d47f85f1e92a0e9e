import { useEffect, useState } from 'react';
import { ProTable, type ProColumns } from '@ant-design/pro-components';
import { Button, Card, Empty, InputNumber, Popconfirm, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, NotificationOutlined, PlusOutlined } from '@ant-design/icons';
import type { TAssessmentEntry } from '@kechuang/domain';
import { showError, showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { saveFile } from '../../../ui/save-file';
import { useLoader } from '../../../ui/use-loader';
import { useCan } from '../../auth/use-can';
import { useSession } from '../../auth/use-session';
import { assessmentApi } from './assessment.api';
import { ScoreEntryDrawer } from './ScoreEntryDrawer';
import { useListColumns } from '../../../ui/list-columns';

const GRADE_COLORS: Record<string, string> = { excellent: 'gold', good: 'green', pass: 'blue', fail: 'red' };

/**
 * 年度考核 (docs/rules.md §5.1.1): pick a year, open it for the county's appointed commissioners, score each
 * (服务次数 pre-filled from confirmed logs), see the grade and 延派 eligibility, export, and draft the 公示.
 */
export function AssessmentPanel({ ids }: { ids?: string }) {
  const { user } = useSession();
  const canAssess = useCan('commissioner:assess');
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  // A report fact's link names entries: open the year of the assessment that holds them.
  const linked = useLoader(ids ? `ids-${ids}` : null, () => assessmentApi.list(undefined, ids));
  useEffect(() => {
    const y = linked.data?.[0]?.year;
    if (y) setYear(y);
  }, [linked.data]);
  const [round, setRound] = useState(0);
  const [scoring, setScoring] = useState<TAssessmentEntry | null>(null);
  const list = useLoader(`list-${year}-${round}`, () => assessmentApi.list(year));
  const current = list.data?.[0] ?? null;
  const detail = useLoader(current ? `d-${current.id}-${round}` : null, () => assessmentApi.get(current!.id));
  const reload = () => setRound((r) => r + 1);
  const idSet = ids ? new Set(ids.split(',').map(Number)) : null;

  const open = async () => {
    try {
      await assessmentApi.open(user!.regionCode, year);
      showSuccess(`已开启 ${year} 年度考核`);
      reload();
    } catch (e) {
      handleMutationError(e, { reload });
    }
  };
  const exportFile = async () => {
    try {
      saveFile(await assessmentApi.exportFile(current!.id), `${year}年度科技特派员考核结果.xlsx`);
    } catch (e) {
      showError(e);
    }
  };
  const publish = async () => {
    try {
      await assessmentApi.publish(current!.id, current!.version);
      showSuccess('已拟定公示，请到公示管理中发布');
      reload();
    } catch (e) {
      handleMutationError(e, { reload });
    }
  };

  const scheme = detail.data?.scheme;
  const columns: ProColumns<TAssessmentEntry>[] = [
    { title: '姓名', dataIndex: 'commissionerName', width: 100, fixed: 'left' },
    { title: '总分', dataIndex: 'total', width: 80, align: 'right', render: (_d, e) => e.total ?? '—' },
    {
      title: '等级',
      dataIndex: 'grade',
      width: 80,
      render: (_d, e) => (e.grade ? <Tag color={GRADE_COLORS[e.grade]}>{e.gradeLabel}</Tag> : '—'),
    },
    {
      title: '可延派',
      dataIndex: 'extendable',
      width: 80,
      render: (_d, e) => (e.grade ? e.extendable ? <Tag color="green">是</Tag> : <Tag color="red">否</Tag> : '—'),
    },
    { title: '已确认天数', dataIndex: 'confirmedDays', width: 100, align: 'right' },
    ...(scheme?.items ?? []).map((i): ProColumns<TAssessmentEntry> => ({
      title: `${i.label}（${i.maxPoints}）`,
      key: i.key,
      width: 100,
      align: 'right',
      render: (_d, e) => e.scores[i.key] ?? <Typography.Text type="secondary">—</Typography.Text>,
    })),
    {
      title: '操作',
      valueType: 'option',
      width: 80,
      fixed: 'right',
      render: (_d, e) =>
        canAssess &&
        current?.status === 'open' && (
          <Typography.Link data-testid={`score-${e.commissionerName}`} onClick={() => setScoring(e)}>
            评分
          </Typography.Link>
        ),
    },
  ];

  const entries = (detail.data?.entries ?? []).filter((e) => !idSet || idSet.has(e.id));
  const listColumns = useListColumns('commissioner.assessments', columns, { hidden: ['confirmedDays'] });

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap>
          <Typography.Text>考核年度</Typography.Text>
          <InputNumber aria-label="考核年度" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
          {current && (
            <Tag color={current.status === 'published' ? 'green' : 'processing'}>
              {current.statusLabel} · 已评 {current.graded}/{current.entries}
            </Tag>
          )}
          {current && <Typography.Text type="secondary">{current.schemeName}</Typography.Text>}
        </Space>
      </Card>
      {!current ? (
        <Card>
          <Empty description={`${year} 年度尚未开启考核`}>
            {canAssess && (
              <Button type="primary" icon={<PlusOutlined />} onClick={open}>
                开启 {year} 年度考核
              </Button>
            )}
          </Empty>
        </Card>
      ) : (
        <ProTable<TAssessmentEntry>
          rowKey="id"
          headerTitle={idSet ? '考核结果（报告引用的记录）' : `${year} 年度考核结果`}
          search={false}
          options={false}
          loading={detail.loading}
          dataSource={entries}
          {...listColumns}
          pagination={false}
          toolBarRender={() => [
            canAssess && (
              <Button key="export" icon={<DownloadOutlined />} onClick={exportFile}>
                导出
              </Button>
            ),
            canAssess && current.status === 'open' && (
              <Popconfirm key="publish" title="所有人员评分完成后拟定考核结果公示？" onConfirm={publish}>
                <Button type="primary" icon={<NotificationOutlined />}>
                  拟定公示
                </Button>
              </Popconfirm>
            ),
          ]}
        />
      )}
      {scoring && scheme && (
        <ScoreEntryDrawer
          entry={scoring}
          scheme={scheme}
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
