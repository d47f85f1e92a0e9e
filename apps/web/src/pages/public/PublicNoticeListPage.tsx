import { PublicNotices } from '../../modules/enterprise/notices/PublicNotices';

/** /public/notices — every published 公示, without sign-in. */
export default function PublicNoticeListPage() {
  return <PublicNotices />;
}
