import { PageContainer } from '@ant-design/pro-components';
import { Space } from 'antd';
import { EntryTable } from '../../modules/award/EntryTable';
import { NominationTable } from '../../modules/award/NominationTable';

/** An enterprise user's own nominations and entries (read only). */
export default function MyAwardsPage() {
  return (
    <PageContainer content="本单位及本单位人员的获奖推荐和参赛记录（由科技局登记）。">
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <NominationTable readOnly />
        <EntryTable readOnly />
      </Space>
    </PageContainer>
  );
}
