import { ProDescriptions } from '@ant-design/pro-components';
import { Space, Tag, Tooltip } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import type { TEnterprise } from '@kechuang/domain';
import { formatDateTime } from '../../../ui/format';
import { ContactPhone } from '../ContactPhone';
import { UNIT_KIND_OPTIONS } from '../enterprise-form-values';
import { TierTags } from '../TierTags';
import { useDomainLabel } from '../use-domain-label';

const dash = (v: string | null | undefined) => v || '-';

/** The register record: identity, location, industry, contacts (phone masked), tags and ladder position. */
export function EnterpriseDescriptions({ enterprise: e }: { enterprise: TEnterprise }) {
  const domain = useDomainLabel(e.hightechDomain);
  return (
    <ProDescriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" labelStyle={{ width: 130 }}>
      <ProDescriptions.Item label="统一社会信用代码">
        <Space size={6}>
          <span style={{ fontFamily: 'monospace' }}>{e.creditCode}</span>
          {e.creditCodeWarning && (
            <Tooltip title={e.creditCodeWarning}>
              <Tag color="warning" icon={<WarningOutlined />} bordered={false}>
                校验例外{e.creditCodeOverride ? `：${e.creditCodeOverride}` : ''}
              </Tag>
            </Tooltip>
          )}
        </Space>
      </ProDescriptions.Item>
      <ProDescriptions.Item label="单位类型">
        {UNIT_KIND_OPTIONS.find((o) => o.value === e.unitKind)?.label ?? e.unitKind}
      </ProDescriptions.Item>
      <ProDescriptions.Item label="所属区划">
        {[e.regionName, e.townshipName].filter(Boolean).join(' · ') || e.regionCode}
      </ProDescriptions.Item>
      <ProDescriptions.Item label="所属行业">
        {e.industryCode ? `${e.industryCode} ${e.industryName ?? ''}` : '-'}
      </ProDescriptions.Item>
      <ProDescriptions.Item label="高新技术领域">{domain}</ProDescriptions.Item>
      <ProDescriptions.Item label="成立日期">{dash(e.foundedOn)}</ProDescriptions.Item>
      <ProDescriptions.Item label="法定代表人">{dash(e.legalRepresentative)}</ProDescriptions.Item>
      <ProDescriptions.Item label="联系人">{dash(e.contactName)}</ProDescriptions.Item>
      <ProDescriptions.Item label="联系电话">
        <ContactPhone enterpriseId={e.id} masked={e.contactPhone} />
      </ProDescriptions.Item>
      <ProDescriptions.Item label="地址" span={2}>
        {dash(e.address)}
      </ProDescriptions.Item>
      <ProDescriptions.Item label="经营范围" span={3}>
        {dash(e.businessScope)}
      </ProDescriptions.Item>
      <ProDescriptions.Item label="更新时间">{formatDateTime(e.updatedAt)}</ProDescriptions.Item>
      <ProDescriptions.Item label="培育梯度" span={2}>
        <TierTags tiers={e.tiers} />
      </ProDescriptions.Item>
      <ProDescriptions.Item label="标签">
        {e.tags.length
          ? e.tags.map((t) => (
              <Tag key={t} bordered={false}>
                {t}
              </Tag>
            ))
          : '-'}
      </ProDescriptions.Item>
    </ProDescriptions>
  );
}
