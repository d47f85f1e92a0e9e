import { useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Result } from 'antd';
import { noticeApi } from '../../modules/enterprise/notice.api';
import { PublicNoticeView } from '../../modules/enterprise/notices/PublicNoticeView';
import { useLoader } from '../../modules/enterprise/use-loader';
import { FullPageSpin } from '../../ui/FullPageSpin';

/** /public/notices/:id — no sign-in and no admin layout: the page citizens and enterprises are sent to. */
export default function PublicNoticePage() {
  const id = Number(useParams().id) || null;
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
