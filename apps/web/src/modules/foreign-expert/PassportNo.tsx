import { useState } from 'react';
import { Space, Typography } from 'antd';
import { showError } from '../../ui/feedback';
import { useCan } from '../auth/use-can';
import { foreignExpertApi } from './foreign-expert.api';

/** The masked passport number with a 查看 link for those allowed: each look is audited on the server. */
export function PassportNo({ expertId, masked }: { expertId: number; masked: string | null }) {
  const canReveal = useCan('foreign-expert:reveal');
  const [full, setFull] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  if (!masked) return <>-</>;
  const reveal = async () => {
    setLoading(true);
    try {
      setFull((await foreignExpertApi.passport(expertId)).passportNo);
    } catch (e) {
      showError(e);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Space size={6}>
      <span style={{ fontVariantNumeric: 'tabular-nums' }}>{full ?? masked}</span>
      {canReveal && full === null && (
        <Typography.Link onClick={reveal} disabled={loading} title="查看完整护照号码（将记录在操作日志中）">
          查看
        </Typography.Link>
      )}
    </Space>
  );
}
