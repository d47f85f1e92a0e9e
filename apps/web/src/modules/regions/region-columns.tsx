import type { ProColumns } from '@ant-design/pro-components';
import { Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { REGION_LEVEL_LABELS } from './regions.api';
import { isExpired, type RegionRow } from './region-tree';

const LEVEL_COLORS: Record<RegionRow['level'], string> = {
  province: 'purple',
  city: 'blue',
  county: 'cyan',
  township: 'default',
};

/** 区划管理 columns; actions are passed in because they open the page's dialogs. */
interface Options {
  canEdit: boolean;
  /** The signed-in user's own region, tagged 本级 so it is easy to find in a long tree. */
  ownCode?: string;
  addTownship: (r: RegionRow) => void;
  edit: (r: RegionRow) => void;
}

export function regionColumns(actions: Options): ProColumns<RegionRow>[] {
  const today = dayjs().format('YYYY-MM-DD');
  return [
    {
      title: '区划名称',
      dataIndex: 'name',
      render: (_d, r) => (
        <Space size={6}>
          {isExpired(r, today) ? (
            <Typography.Text delete type="secondary">
              {r.name}
            </Typography.Text>
          ) : (
            r.name
          )}
          {r.code === actions.ownCode && <Tag color="blue">本级</Tag>}
        </Space>
      ),
    },
    {
      title: '区划代码',
      dataIndex: 'code',
      width: 160,
      render: (_d, r) => <Typography.Text code>{r.code}</Typography.Text>,
    },
    {
      title: '级别',
      dataIndex: 'level',
      width: 90,
      render: (_d, r) => (
        <Tag color={LEVEL_COLORS[r.level]} bordered={false}>
          {REGION_LEVEL_LABELS[r.level]}
        </Tag>
      ),
    },
    { title: '生效日期', dataIndex: 'validFrom', width: 120 },
    {
      title: '失效日期',
      dataIndex: 'validTo',
      width: 150,
      render: (_d, r) =>
        r.validTo ? (
          <Space size={4}>
            {r.validTo}
            {isExpired(r, today) && (
              <Tag color="red" bordered={false}>
                已失效
              </Tag>
            )}
          </Space>
        ) : (
          <Typography.Text type="secondary">长期有效</Typography.Text>
        ),
    },
    {
      title: '操作',
      valueType: 'option',
      width: 150,
      hideInTable: !actions.canEdit,
      render: (_d, r) => (
        <Space size={12}>
          <Typography.Link onClick={() => actions.edit(r)}>修改</Typography.Link>
          {r.level === 'county' && <Typography.Link onClick={() => actions.addTownship(r)}>新增乡镇</Typography.Link>}
        </Space>
      ),
    },
  ];
}
