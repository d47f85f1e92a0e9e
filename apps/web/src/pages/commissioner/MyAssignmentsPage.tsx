import { NeedsView } from './NeedsPage';

/** /commissioner/my-assignments: the needs assigned to the signed-in commissioner (我的对接需求). */
export default function MyAssignmentsPage() {
  return <NeedsView mode="commissioner" />;
}
