import { useEffect } from 'react';
import { noticeApi } from '../../modules/enterprise/notice.api';
import { PublicNoticeList } from '../../modules/enterprise/notices/PublicNoticeList';
import { useLoader } from '../../modules/enterprise/use-loader';
import { FullPageSpin } from '../../ui/FullPageSpin';

/** /public/notices — every published 公示, without sign-in. */
export default function PublicNoticeListPage() {
  const notices = useLoader('all', () => noticeApi.publicList());
  useEffect(() => {
    document.title = '公示公告';
  }, []);
  return (
    <div className="kc-notice-page">
      {notices.data ? (
        <PublicNoticeList notices={notices.data} />
      ) : notices.loading ? (
        <FullPageSpin />
      ) : (
        <PublicNoticeList notices={[]} />
      )}
    </div>
  );
}
