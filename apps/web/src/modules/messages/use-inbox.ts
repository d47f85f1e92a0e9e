import { useEffect, useSyncExternalStore } from 'react';
import { inboxStore, type InboxSnapshot } from './inbox-store';

const POLL_MS = 30_000;

/** Unread count and recent messages, refreshed every 30 seconds while `poll` is on. */
export function useInbox(poll = false): InboxSnapshot {
  const snap = useSyncExternalStore(inboxStore.subscribe, inboxStore.get);
  useEffect(() => {
    if (!poll) return;
    // A failed poll is not worth a popup every 30 s; the next one will try again.
    const tick = () => void inboxStore.refresh().catch(() => undefined);
    tick();
    const timer = setInterval(tick, POLL_MS);
    return () => clearInterval(timer);
  }, [poll]);
  return snap;
}
