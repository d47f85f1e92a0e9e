import { useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Col, Popconfirm, Radio, Row, Space, Statistic, Table, Tabs, Typography } from 'antd';
import type { TRdTask } from '@kechuang/domain';
import { useCan } from '../../modules/auth/use-can';
import { saveFile } from '../../modules/enterprise/save-file';
import { useLoader } from '../../modules/enterprise/use-loader';
import { GdpModal } from '../../modules/rd/GdpModal';
import { RdGroupTable } from '../../modules/rd/RdGroupTable';
import { RdExportButton } from '../../modules/rd/RdExportButton';
import { RdTaskSelect } from '../../modules/rd/RdTaskSelect';
import { rdApi } from '../../modules/rd/rd.api';
import { wanText } from '../../modules/rd/rd-format';
import { showSuccess } from '../../ui/feedback';
import { handleMutationError } from '../../ui/mutation-error';

type SummaryView = 'township' | 'industry' | 'tier' | 'performer' | 'deductions';

/** 汇总与强度: totals by township, industry, tier and performer, R&D intensity, trend, 加计扣除 estimate, publishing. */
export default function SummaryPage() {
  const [task, setTask] = useState<TRdTask | null>(null);
  const [basis, setBasis] = useState<'approved' | 'reported'>('approved');
  const [view, setView] = useState<SummaryView>('township');
  const key = task ? `${task.id}-${basis}` : null;
  const summary = useLoader(key, () => rdApi.summary(task!.id, basis));
  const deductions = useLoader(task?.id ?? null, () => rdApi.deductions(task!.id));
  const trend = useLoader('trend', () => rdApi.trend());
  const canPublish = useCan('rd:summary:publish');
  const canManage = useCan('rd:task:manage');
  const s = summary.data;

  const reloadAll = () => {
    summary.reload();
    trend.reload();
  };
  const publish = async (published: boolean) => {
    if (!task) return;
    try {
      const next = await rdApi.publish(task.id, task.version, published);
      setTask(next);
      showSuccess(published ? '已发布全县汇总，企业用户可查看' : '已撤回全县汇总');
      summary.reload();
    } catch (e) {
      handleMutationError(e);
    }
  };

  return (
    <PageContainer
      content="按乡镇、行业、梯度与执行部门汇总研发经费，计算研发经费投入强度（研发经费 ÷ 地区生产总值），测算加计扣除；发布后企业用户可查看全县汇总。"
      extra={
        <Space wrap>
          <RdTaskSelect value={task?.id ?? null} onChange={setTask} />
          <Radio.Group
            value={basis}
            onChange={(e) => setBasis(e.target.value as 'approved' | 'reported')}
            optionType="button"
            options={[
              { value: 'approved', label: '仅审核通过' },
              { value: 'reported', label: '含已提交' },
            ]}
          />
        </Space>
      }
    >
      {task && s && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small">
            <Row gutter={24}>
              <Col span={6}>
                <Statistic
                  title={`${s.periodLabel}研发经费内部支出`}
                  value={wanText(s.total.internalTotal)}
                  valueRender={() => <span data-testid="county-total">{wanText(s.total.internalTotal)}</span>}
                />
              </Col>
              <Col span={4}>
                <Statistic title="计入单位" value={s.total.units} />
              </Col>
              <Col span={4}>
                <Statistic title="研发人员" value={s.total.rdStaff} />
              </Col>
              <Col span={5}>
                <Statistic title="研发经费投入强度" value={s.intensity ? `${s.intensity.percent}%` : '未录入 GDP'} />
              </Col>
              <Col span={5}>
                <Statistic title="享受加计扣除额" value={wanText(s.total.deductionClaimed)} />
              </Col>
            </Row>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
              {s.intensity
                ? `${s.intensity.text}（GDP 来源：${s.intensity.gdpSource}）`
                : '尚未录入本期地区生产总值，无法计算投入强度。'}
            </Typography.Paragraph>
            <Space style={{ marginTop: 12 }} wrap>
              {canManage && <GdpModal period={s.period} periodLabel={s.periodLabel} onSaved={reloadAll} />}
              {canPublish &&
                (task.published ? (
                  <Popconfirm title="撤回后企业用户不能再查看全县汇总，确定撤回？" onConfirm={() => publish(false)}>
                    <Button>撤回发布</Button>
                  </Popconfirm>
                ) : (
                  <Popconfirm title="发布后企业用户可查看全县汇总数，确定发布？" onConfirm={() => publish(true)}>
                    <Button type="primary">发布全县汇总</Button>
                  </Popconfirm>
                ))}
              <Typography.Text type="secondary">
                {task.published ? `已发布${task.publishedAt ? `（${task.publishedAt.slice(0, 10)}）` : ''}` : '未发布'}
              </Typography.Text>
            </Space>
          </Card>
          <Card size="small">
            <Tabs
              activeKey={view}
              onChange={(k) => setView(k as SummaryView)}
              tabBarExtraContent={
                <RdExportButton taskId={task.id} view={view} basis={basis}>
                  导出当前表
                </RdExportButton>
              }
              items={[
                { key: 'township', label: '按乡镇', children: <RdGroupTable rows={s.byTownship} keyTitle="乡镇" /> },
                {
                  key: 'industry',
                  label: '按行业',
                  children: <RdGroupTable rows={s.byIndustry} keyTitle="行业大类" />,
                },
                { key: 'tier', label: '按梯度', children: <RdGroupTable rows={s.byTier} keyTitle="梯度" /> },
                {
                  key: 'performer',
                  label: '按执行部门',
                  children: <RdGroupTable rows={s.byPerformer} keyTitle="执行部门" />,
                },
                {
                  key: 'deductions',
                  label: '加计扣除测算',
                  children: deductions.data && (
                    <Table
                      size="small"
                      rowKey="unitId"
                      dataSource={deductions.data.rows}
                      pagination={{ pageSize: 10 }}
                      summary={() => (
                        <Table.Summary.Row>
                          <Table.Summary.Cell index={0} colSpan={2}>
                            合计
                          </Table.Summary.Cell>
                          <Table.Summary.Cell index={2} align="right">
                            {wanText(deductions.data!.total.expensedRd)}
                          </Table.Summary.Cell>
                          <Table.Summary.Cell index={3} align="right">
                            {wanText(deductions.data!.total.deduction)}
                          </Table.Summary.Cell>
                          <Table.Summary.Cell index={4} align="right">
                            {wanText(deductions.data!.total.taxSaving)}
                          </Table.Summary.Cell>
                          <Table.Summary.Cell index={5} align="right">
                            {wanText(deductions.data!.total.claimed)}
                          </Table.Summary.Cell>
                        </Table.Summary.Row>
                      )}
                      columns={[
                        { title: '单位', dataIndex: 'enterpriseName' },
                        {
                          title: '可享受',
                          dataIndex: 'eligible',
                          width: 80,
                          render: (v: boolean) => (v ? '是' : '否'),
                        },
                        {
                          title: '费用化研发支出',
                          dataIndex: 'expensedRd',
                          width: 150,
                          align: 'right',
                          render: (v: string) => wanText(v),
                        },
                        {
                          title: '测算加计扣除额',
                          dataIndex: 'deduction',
                          width: 150,
                          align: 'right',
                          render: (v: string) => wanText(v),
                        },
                        {
                          title: '测算减税',
                          dataIndex: 'taxSaving',
                          width: 130,
                          align: 'right',
                          render: (v: string) => wanText(v),
                        },
                        {
                          title: '单位填报',
                          dataIndex: 'claimed',
                          width: 130,
                          align: 'right',
                          render: (v: string | null) => wanText(v),
                        },
                      ]}
                      expandable={{ expandedRowRender: (r) => r.lines.map((l) => <div key={l}>{l}</div>) }}
                    />
                  ),
                },
              ]}
            />
          </Card>
          <Card
            size="small"
            title="各期趋势"
            extra={
              <Button
                onClick={() =>
                  rdApi.exportTrend().then(
                    (f) => saveFile(f, '研发经费趋势.xlsx'),
                    (e: unknown) => handleMutationError(e),
                  )
                }
              >
                导出趋势
              </Button>
            }
          >
            <Table
              size="small"
              rowKey="period"
              pagination={false}
              dataSource={trend.data ?? []}
              columns={[
                { title: '期间', dataIndex: 'periodLabel' },
                { title: '通过单位', dataIndex: 'units', align: 'right' },
                {
                  title: '研发经费内部支出',
                  dataIndex: 'internalTotal',
                  align: 'right',
                  render: (v: string) => wanText(v),
                },
                { title: '地区生产总值', dataIndex: 'gdp', align: 'right', render: (v: string | null) => wanText(v) },
                {
                  title: '投入强度',
                  dataIndex: 'intensityPercent',
                  align: 'right',
                  render: (v: string | null) => (v ? `${v}%` : '—'),
                },
              ]}
            />
          </Card>
        </Space>
      )}
    </PageContainer>
  );
}
