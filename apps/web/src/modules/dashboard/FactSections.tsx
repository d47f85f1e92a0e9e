import { Alert, Col, Row, Skeleton } from 'antd';
import type { ReportFact } from '@kechuang/domain';
import type { Loaded } from '../../ui/use-loader';
import { ChartCard } from './charts/ChartCard';
import { barsOfFacts, barsOverPeriods, platformsByKindAndStatus, type PeriodFacts } from './charts/options';
import { factsBy, factsOf } from './fact-pick';
import { LadderFunnel } from './LadderFunnel';
import { RdBreakdown } from './RdBreakdown';
import { periodsAround } from './use-fact-periods';

interface Props {
  period: string;
  loaded: Loaded<Map<string, PeriodFacts>>;
  onOpen: (link: string) => void;
}

const PIPELINES = {
  techDemand: ['tech-demand.collected', 'tech-demand.selected', 'tech-demand.published', 'tech-demand.bid_signed'],
  liaison: ['liaison.enterprises-covered', 'liaison.visits', 'liaison.issues-raised', 'liaison.issues-closed'],
};

/** The facts of a pipeline, in its order (the region-wide figure of each step). */
const pipeline = (facts: readonly ReportFact[], keys: string[]) => keys.flatMap((k) => factsOf(facts, k));

/** The charts drawn from the report facts: every bar, slice and cell opens the records behind it. */
export function FactSections({ period, loaded, onOpen }: Props) {
  const { data, loading, error } = loaded;
  if (loading && !data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error || !data) return <Alert type="warning" showIcon message="报告事实暂不可用" description={error?.message} />;
  const around = periodsAround(period);
  const at = (codes: string[]) => codes.map((c) => data.get(c)!).filter(Boolean);
  const facts = data.get(period)?.facts ?? [];
  const col = { xs: 24, lg: 12 };
  return (
    <Row gutter={[12, 12]}>
      <Col {...col}>
        <LadderFunnel facts={facts} onOpen={onOpen} />
      </Col>
      <Col {...col}>
        <ChartCard
          title="项目资金（按级别与年度）"
          option={barsOverPeriods(at(around.years), (f) => factsBy(f, 'project.funding', 'kind'))}
          onOpen={onOpen}
        />
      </Col>
      <Col {...col}>
        <ChartCard
          title="项目申报（按类别与年度）"
          option={barsOverPeriods(at(around.years), (f) => factsBy(f, 'project.applications', 'category'))}
          onOpen={onOpen}
        />
      </Col>
      <Col {...col}>
        <ChartCard
          title="研发经费趋势（审核通过，按半年）"
          option={barsOverPeriods(at(around.halves), (f) => factsBy(f, 'rd.approved-total', 'period'), 'line')}
          onOpen={onOpen}
        />
      </Col>
      <Col {...col}>
        <RdBreakdown facts={facts} onOpen={onOpen} />
      </Col>
      <Col {...col}>
        <ChartCard
          title="创新平台（按类别与状态）"
          option={platformsByKindAndStatus(factsBy(facts, 'tech-platform.platforms', 'kind'))}
          onOpen={onOpen}
        />
      </Col>
      <Col {...col}>
        <ChartCard
          title="科技特派员（在聘与服务天数）"
          option={barsOfFacts([
            ...factsBy(facts, 'commissioner.active', 'level'),
            ...factsBy(facts, 'commissioner.service-days', 'level'),
          ])}
          onOpen={onOpen}
        />
      </Col>
      <Col {...col}>
        <ChartCard title="揭榜挂帅进展" option={barsOfFacts(pipeline(facts, PIPELINES.techDemand))} onOpen={onOpen} />
      </Col>
      <Col {...col}>
        <ChartCard title="干部包联企业" option={barsOfFacts(pipeline(facts, PIPELINES.liaison))} onOpen={onOpen} />
      </Col>
    </Row>
  );
}
