import { NeedsView } from './NeedsPage';

/** /commissioner/my-needs: an enterprise's own technology needs. */
export default function MyNeedsPage() {
  return <NeedsView mode="enterprise" />;
}
