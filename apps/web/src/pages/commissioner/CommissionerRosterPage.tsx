import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { CommissionerTable } from '../../modules/commissioner/CommissionerTable';

/** /commissioner/roster (staff, leaders) and /commissioner/mine (a commissioner: their own record, read-only). */
export default function CommissionerRosterPage({ mine = false }: { mine?: boolean }) {
  const [params] = useSearchParams();
  return (
    <PageContainer
      content={
        mine
          ? '本人的科技特派员档案、资格条件、聘任记录和三方协议（只读）。'
          : '省、市、县三级科技特派员：申请 → 单位推荐 → 县级审核 → 公示 → 聘任，按级别核对资格条件；身份证号和电话脱敏显示，导出内容与当前筛选一致。'
      }
    >
      <CommissionerTable ids={params.get('ids') ?? undefined} mine={mine} />
    </PageContainer>
  );
}
