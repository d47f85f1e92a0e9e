import TechPlatformsPage from './TechPlatformsPage';

/** /tech-platform/mine: an enterprise user's platforms. */
export default function MyTechPlatformsPage() {
  return <TechPlatformsPage mine />;
}
