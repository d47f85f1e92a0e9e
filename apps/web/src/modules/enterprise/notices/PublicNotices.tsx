import { useEffect } from 'react';
import { FullPageSpin } from '../../../ui/FullPageSpin';
import { useLoader } from '../../../ui/use-loader';
import { noticeApi } from '../notice.api';
import { PublicNoticeList } from './PublicNoticeList';

/** Every published 公示, without sign-in or the admin layout. */
export function PublicNotices() {
  const notices = useLoader('all', () => noticeApi.publicList());
  useEffect(() => {
    document.title = '公示公告';
  }, []);
  return (
    <div className="kc-notice-page">
      {notices.loading && !notices.data ? <FullPageSpin /> : <PublicNoticeList notices={notices.data ?? []} />}
    </div>
  );
}
