import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { TechPlatformTable } from '../../modules/tech-platform/TechPlatformTable';

/** /tech-platform/platforms (staff, leaders) and /tech-platform/mine (an enterprise: the platforms it runs or joins). */
export default function TechPlatformsPage({ mine = false }: { mine?: boolean }) {
  const [params] = useSearchParams();
  const base = mine ? '/tech-platform/mine' : '/tech-platform/platforms';
  return (
    <PageContainer
      content={
        mine
          ? '本单位运营或作为成员单位参与的创新平台（只读）。'
          : '孵化器、众创空间、研发中心、重点实验室、产业技术创新联盟、引智基地等创新平台：按类别、级别、状态管理，导出内容与当前筛选一致。'
      }
    >
      <TechPlatformTable ids={params.get('ids') ?? undefined} base={base} />
    </PageContainer>
  );
}
