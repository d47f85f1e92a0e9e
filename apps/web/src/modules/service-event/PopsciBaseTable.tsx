import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Card, InputNumber, Space, Table, Tag } from 'antd';
import { POPSCI_BASE_OPEN_DAYS, chinaToday, type TPopsciBaseOpenDays } from '@kechuang/domain';
import { showError } from '../../ui/feedback';
import { serviceEventApi } from './service-event.api';

/**
 * Each 科普基地 of the region with its open days in a year (the distinct days of its held 科普开放日) against the
 * typical condition of ≥ 200 days (docs/rules.md §5.7); the bases below it come first, marked.
 */
export function PopsciBaseTable() {
  const [year, setYear] = useState(Number(chinaToday().slice(0, 4)));
  const [rows, setRows] = useState<TPopsciBaseOpenDays[] | null>(null);
  useEffect(() => {
    setRows(null);
    serviceEventApi.popsciBases(year).then(setRows, (e: unknown) => {
      setRows([]);
      showError(e);
    });
  }, [year]);
  const min = POPSCI_BASE_OPEN_DAYS.minOpenDaysPerYear;
  return (
    <Card
      title="科普基地年度开放天数"
      extra={
        <Space>
          年度
          <InputNumber min={2000} max={2100} precision={0} value={year} onChange={(v) => v && setYear(v)} />
        </Space>
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message={`开放天数按已举办的“科普开放日”活动所覆盖的日期计（同日多场计一天）；参照条件：每年开放不少于 ${min} 天（${POPSCI_BASE_OPEN_DAYS.ref.doc}）。`}
      />
      <Table<TPopsciBaseOpenDays>
        rowKey="platformId"
        size="small"
        loading={rows === null}
        dataSource={rows ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: '本辖区尚无科普基地（创新平台中类别为“科普基地”的平台）' }}
        columns={[
          {
            title: '科普基地',
            dataIndex: 'platformName',
            render: (v: string, r) => <Link to={`/tech-platform/platforms/${r.platformId}`}>{v}</Link>,
          },
          { title: '所属县区', dataIndex: 'regionName', width: 110 },
          {
            title: '开放天数',
            dataIndex: 'openDays',
            width: 110,
            align: 'right',
            render: (v: number, r) =>
              r.eventIds.length ? <Link to={`/service-event/events?ids=${r.eventIds.join(',')}`}>{v}</Link> : v,
          },
          {
            title: `对照 ${min} 天`,
            dataIndex: 'belowMinimum',
            width: 130,
            render: (below: boolean, r) =>
              below ? <Tag color="red">差 {r.minOpenDays - r.openDays} 天</Tag> : <Tag color="green">已达到</Tag>,
          },
        ]}
      />
    </Card>
  );
}
