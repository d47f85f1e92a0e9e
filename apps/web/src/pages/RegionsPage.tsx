import { PageContainer } from '@ant-design/pro-components';
import { RegionTreeTable } from '../modules/regions/RegionTreeTable';

export default function RegionsPage() {
  return (
    <PageContainer content="县级及以上采用 GB/T 2260 六位行政区划代码，乡镇采用十二位统计用区划代码。区划撤并时设置失效日期，代码不再复用。">
      <RegionTreeTable />
    </PageContainer>
  );
}
