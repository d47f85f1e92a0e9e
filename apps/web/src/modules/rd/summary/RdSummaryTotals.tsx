import { Button, Card, Col, Popconfirm, Row, Space, Statistic, Typography } from 'antd';
import { formatWanText, type TRdTask, type TRdTaskSummary } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { handleMutationError } from '../../../ui/mutation-error';
import { useCan } from '../../auth/use-can';
import { GdpModal } from '../GdpModal';
import { rdApi } from '../rd.api';

interface Props {
  task: TRdTask;
  summary: TRdTaskSummary;
  onGdpSaved: () => void;
  onPublished: (task: TRdTask) => void;
}

/** The county totals of a task: expenditure, units, staff, intensity (with 录入 GDP) and 发布 / 撤回. */
export function RdSummaryTotals({ task, summary: s, onGdpSaved, onPublished }: Props) {
  const canPublish = useCan('rd:summary:publish');
  const canManage = useCan('rd:task:manage');
  const publish = async (published: boolean) => {
    try {
      const next = await rdApi.publish(task.id, task.version, published);
      showSuccess(published ? '已发布全县汇总，企业用户可查看' : '已撤回全县汇总');
      onPublished(next);
    } catch (e) {
      handleMutationError(e);
    }
  };
  return (
    <Card size="small">
      <Row gutter={24}>
        <Col span={6}>
          <Statistic
            title={`${s.periodLabel}研发经费内部支出`}
            value={formatWanText(s.total.internalTotal)}
            valueRender={() => <span data-testid="county-total">{formatWanText(s.total.internalTotal)}</span>}
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
          <Statistic title="享受加计扣除额" value={formatWanText(s.total.deductionClaimed)} />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {s.intensity
          ? `${s.intensity.text}（GDP 来源：${s.intensity.gdpSource}）`
          : '尚未录入本期地区生产总值，无法计算投入强度。'}
      </Typography.Paragraph>
      <Space style={{ marginTop: 12 }} wrap>
        {canManage && <GdpModal period={s.period} periodLabel={s.periodLabel} onSaved={onGdpSaved} />}
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
  );
}
