import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { Result } from 'antd';
import { FullPageSpin } from '../../../ui/FullPageSpin';
import { useLoader } from '../../../ui/use-loader';
import { noticeApi } from '../notice.api';
import { PublicNoticeView } from './PublicNoticeView';

/** One published 公示 as citizens and enterprises are sent to it: no sign-in and no admin layout. */
export function PublicNoticeDetail({ id }: { id: number | null }) {
  const notice = useLoader(id, () => noticeApi.publicOne(id!));
  useEffect(() => {
    if (notice.data) document.title = notice.data.title;
  }, [notice.data]);
  return (
    <div className="kc-notice-page">
      <div className="kc-notice-band">
        <span>{notice.data?.issuer ?? '科学技术局'} · 公示公告</span>
        <Link to="/public/notices">全部公示</Link>
      </div>
      {notice.data ? (
        <PublicNoticeView notice={notice.data} />
      ) : notice.loading ? (
        <FullPageSpin />
      ) : (
        <Result status="404" title="公示不存在或尚未发布" subTitle={notice.error?.message} />
      )}
    </div>
  );
}
