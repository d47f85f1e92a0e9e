import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { NeedTable, type NeedTableMode } from '../../modules/commissioner/matching/NeedTable';
import { usePageTitle } from '../../ui/page-title';

const INTRO: Record<NeedTableMode, string> = {
  staff: '企业提出的技术需求：系统按本县区优先、服务领域、专长和在办量推荐在聘科技特派员，指派后通知特派员本人。',
  enterprise: '本单位提出的技术需求及对接进展：科技局指派科技特派员后，可在此查看；办结后请确认关闭。',
  commissioner: '科技局指派给您的企业技术需求：对接服务完成后请填写办理情况并办结。',
};
const TITLES: Record<NeedTableMode, string> = {
  staff: '技术需求对接',
  enterprise: '我的技术需求',
  commissioner: '我的对接需求',
};

/** One view, three parts: staff, the enterprise, the commissioner. */
export function NeedsView({ mode }: { mode: NeedTableMode }) {
  const [params] = useSearchParams();
  usePageTitle(TITLES[mode]);
  return (
    <PageContainer content={INTRO[mode]}>
      <NeedTable mode={mode} ids={params.get('ids') ?? undefined} />
    </PageContainer>
  );
}

/** /commissioner/needs: staff of the region. */
export default function NeedsPage() {
  return <NeedsView mode="staff" />;
}
