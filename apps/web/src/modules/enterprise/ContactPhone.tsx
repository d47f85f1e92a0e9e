import { useState } from 'react';
import { Space, Typography } from 'antd';
import { showError } from '../../ui/feedback';
import { useCan } from '../auth/use-can';
import { enterpriseApi } from './enterprise.api';

/** The masked contact phone with a 查看 link: the full number comes from an audited endpoint, one click per look. */
export function ContactPhone({ enterpriseId, masked }: { enterpriseId: number; masked: string | null }) {
  const canRead = useCan('enterprise:read');
  const [full, setFull] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  if (!masked) return <>-</>;
  const reveal = async () => {
    setLoading(true);
    try {
      setFull((await enterpriseApi.contactPhone(enterpriseId)).contactPhone ?? '-');
    } catch (e) {
      showError(e);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Space size={6}>
      <span style={{ fontVariantNumeric: 'tabular-nums' }}>{full ?? masked}</span>
      {canRead && full === null && (
        <Typography.Link onClick={reveal} disabled={loading} title="查看完整号码（将记录在操作日志中）">
          查看
        </Typography.Link>
      )}
    </Space>
  );
}
