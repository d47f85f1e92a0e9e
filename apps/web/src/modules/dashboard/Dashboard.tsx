import { useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Space, Typography } from 'antd';
import { DownloadOutlined, RollbackOutlined } from '@ant-design/icons';
import { showError } from '../../ui/feedback';
import { useOpenRecords } from '../../ui/open-records';
import { usePageTitle } from '../../ui/page-title';
import { saveFile } from '../../ui/save-file';
import { useLoader } from '../../ui/use-loader';
import { useSession } from '../auth/use-session';
import { ChildrenComparison } from './ChildrenComparison';
import { dashboardApi } from './dashboard.api';
import { FactSections } from './FactSections';
import { IndicatorCards } from './IndicatorCards';
import { PeriodPicker } from './PeriodPicker';
import { isAggregateRegion, useDashboardParams } from './use-dashboard-params';
import { useFactPeriods } from './use-fact-periods';

/**
 * 数据看板: the region's key indicators against their targets and 序时进度, a city's or the province's comparison of
 * its children (with a drill into each), and the report facts as charts. Every number opens its records.
 */
export function Dashboard() {
  const { user } = useSession();
  const openRecords = useOpenRecords();
  const [query, setQuery] = useDashboardParams();
  const [exporting, setExporting] = useState(false);
  const readings = useLoader(`${query.region}:${query.period}:${query.asOf ?? ''}`, () => dashboardApi.readings(query));
  const facts = useFactPeriods(query.region, query.period);
  const regionName = readings.data?.regionName ?? (query.region === user?.regionCode ? user.regionName : query.region);
  usePageTitle(`${regionName}数据看板`);
  const drilled = user !== null && query.region !== user.regionCode;

  const exportTable = async () => {
    setExporting(true);
    try {
      saveFile(await dashboardApi.exportReadings(query), `${regionName}指标完成情况.xlsx`);
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };

  return (
    <PageContainer
      title={`${regionName}数据看板`}
      content={
        readings.data && (
          <Typography.Text type="secondary">
            {readings.data.period.label} · 截至 {readings.data.asOf} · 序时进度 {readings.data.elapsedShare}%
          </Typography.Text>
        )
      }
      extra={
        <Space wrap>
          {drilled && (
            <Button icon={<RollbackOutlined />} onClick={() => setQuery({ region: undefined })}>
              返回{user?.regionName}
            </Button>
          )}
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportTable} disabled={!readings.data}>
            导出指标表
          </Button>
        </Space>
      }
    >
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Card size="small">
          <PeriodPicker query={query} onChange={setQuery} />
        </Card>
        <IndicatorCards readings={readings} onOpen={openRecords} />
        {isAggregateRegion(query.region) && (
          <ChildrenComparison query={query} readings={readings.data} onDrill={(region) => setQuery({ region })} />
        )}
        <FactSections period={query.period} loaded={facts} onOpen={openRecords} />
      </Space>
    </PageContainer>
  );
}
