import { PublicDemandBoard } from '../../modules/tech-demand/public/PublicDemandBoard';

/** /public/tech-demands — the 揭榜挂帅 榜单, without sign-in. */
export default function PublicTechDemandsPage() {
  return <PublicDemandBoard />;
}
