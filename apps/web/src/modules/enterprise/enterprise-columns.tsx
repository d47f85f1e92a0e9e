import { Link } from 'react-router-dom';
import type { ProColumns } from '@ant-design/pro-components';
import { Space, Tag, Tooltip, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import type { TDictItem, TEnterprise, TRegion } from '@kechuang/domain';
import { formatDateTime } from '../../ui/format';
import { dictValueEnum } from '../dict/dict-value-enum';
import { ContactPhone } from './ContactPhone';
import { IndustryTreeSelect } from './IndustryTreeSelect';
import { TierTags } from './TierTags';

interface Lookups {
  townships: TRegion[];
  tierItems: TDictItem[];
  stageItems: TDictItem[];
}

/** Columns and server-side search fields of 企业名录; tiers and stages come from the dictionaries. */
export function enterpriseColumns({ townships, tierItems, stageItems }: Lookups): ProColumns<TEnterprise>[] {
  return [
    {
      title: '关键字',
      dataIndex: 'keyword',
      hideInTable: true,
      order: 10,
      fieldProps: { placeholder: '名称 / 拼音首字母 / 信用代码' },
    },
    {
      title: '企业名称',
      dataIndex: 'name',
      search: false,
      sorter: true,
      width: 230,
      fixed: 'left',
      render: (_d, e) => <Link to={`/enterprise/${e.id}`}>{e.name}</Link>,
    },
    {
      title: '统一社会信用代码',
      dataIndex: 'creditCode',
      search: false,
      width: 190,
      render: (_d, e) => (
        <Space size={4}>
          <Typography.Text copyable={{ text: e.creditCode }} style={{ fontFamily: 'monospace' }}>
            {e.creditCode}
          </Typography.Text>
          {e.creditCodeWarning && (
            <Tooltip
              title={`${e.creditCodeWarning}${e.creditCodeOverride ? `；例外原因：${e.creditCodeOverride}` : ''}`}
            >
              <WarningOutlined style={{ color: '#faad14' }} />
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: '乡镇',
      dataIndex: 'regionCode',
      width: 90,
      order: 9,
      valueType: 'select',
      valueEnum: Object.fromEntries(townships.map((t) => [t.code, { text: t.name }])),
      fieldProps: { showSearch: true },
      render: (_d, e) => e.townshipName ?? e.regionName ?? '-',
    },
    {
      title: '行业',
      dataIndex: 'industryCode',
      width: 140,
      order: 8,
      ellipsis: true,
      renderFormItem: () => <IndustryTreeSelect />,
      render: (_d, e) =>
        e.industryCode ? (
          <span title={`${e.industryCode} ${e.industryName ?? ''}`}>{e.industryName ?? e.industryCode}</span>
        ) : (
          '-'
        ),
    },
    {
      title: '培育梯度',
      dataIndex: 'tier',
      width: 190,
      order: 7,
      valueType: 'select',
      valueEnum: dictValueEnum(tierItems),
      render: (_d, e) => <TierTags tiers={e.tiers} />,
    },
    { title: '联系人', dataIndex: 'contactName', width: 120, search: false, ellipsis: true },
    {
      title: '联系电话',
      dataIndex: 'contactPhone',
      width: 145,
      search: false,
      render: (_d, e) => <ContactPhone enterpriseId={e.id} masked={e.contactPhone} />,
    },
    {
      title: '阶段',
      dataIndex: 'stage',
      hideInTable: true,
      order: 6,
      valueType: 'select',
      valueEnum: dictValueEnum(stageItems),
    },
    {
      title: '标签',
      dataIndex: 'tag',
      width: 130,
      order: 5,
      fieldProps: { placeholder: '如 规上企业' },
      render: (_d, e) =>
        e.tags.length ? (
          <Space size={[4, 4]} wrap>
            {e.tags.map((t) => (
              <Tag key={t} bordered={false} style={{ marginInlineEnd: 0 }}>
                {t}
              </Tag>
            ))}
          </Space>
        ) : (
          '-'
        ),
    },
    {
      title: '成立日期',
      dataIndex: 'foundedOn',
      width: 110,
      search: false,
      sorter: true,
      render: (_d, e) => e.foundedOn ?? '-',
    },
    {
      title: '更新时间',
      dataIndex: 'updatedAt',
      width: 140,
      search: false,
      sorter: true,
      render: (_d, e) => formatDateTime(e.updatedAt),
    },
  ];
}
