import { useEffect, useState } from 'react';
import { ProCard } from '@ant-design/pro-components';
import { InputNumber, Segmented, Space, Switch, Table, Typography } from 'antd';
import { chinaToday, type TLiaisonCoverage } from '@kechuang/domain';
import { showError } from '../../ui/feedback';
import { liaisonApi } from './liaison.api';

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const figureColumns = [
  { title: '包联企业', dataIndex: 'assigned', align: 'right' as const, width: 90 },
  { title: '本季走访', dataIndex: 'visited', align: 'right' as const, width: 90 },
  { title: '覆盖率', dataIndex: 'share', align: 'right' as const, width: 90, render: percent },
  { title: '未办结', dataIndex: 'openIssues', align: 'right' as const, width: 80 },
  {
    title: '逾期',
    dataIndex: 'overdueIssues',
    align: 'right' as const,
    width: 70,
    render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : 0),
  },
];

/** 包联覆盖 (docs/rules.md §5.7.1): per cadre and per township, the quarter's visited share and open/overdue issues. */
export function CoverageView() {
  const today = chinaToday();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [quarter, setQuarter] = useState(Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1);
  const [mine, setMine] = useState(false);
  const [data, setData] = useState<TLiaisonCoverage | null>(null);
  useEffect(() => {
    let live = true;
    liaisonApi.coverage({ year, quarter, mine: mine ? 'true' : undefined }).then(
      (d) => live && setData(d),
      (e: unknown) => live && showError(e),
    );
    return () => {
      live = false;
    };
  }, [year, quarter, mine]);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Space wrap>
        <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} addonAfter="年" />
        <Segmented
          value={quarter}
          onChange={(q) => setQuarter(Number(q))}
          options={[1, 2, 3, 4].map((q) => ({ value: q, label: `${q} 季度` }))}
        />
        <Switch checked={mine} onChange={setMine} checkedChildren="只看我的" unCheckedChildren="全县" />
        {data && (
          <Typography.Text type="secondary">
            {data.from} 至 {data.to}
          </Typography.Text>
        )}
      </Space>
      <ProCard title="按包联干部" bordered>
        <Table
          size="small"
          rowKey="cadreId"
          pagination={false}
          dataSource={data?.cadres ?? []}
          columns={[{ title: '包联干部', dataIndex: 'cadreName' }, ...figureColumns]}
        />
      </ProCard>
      <ProCard title="按乡镇" bordered>
        <Table
          size="small"
          rowKey={(r) => r.townshipCode ?? '-'}
          pagination={false}
          dataSource={data?.townships ?? []}
          columns={[{ title: '乡镇', dataIndex: 'townshipName' }, ...figureColumns]}
        />
      </ProCard>
    </Space>
  );
}
