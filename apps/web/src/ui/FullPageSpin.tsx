import { Spin } from 'antd';

/** Centered spinner for route and session loading. */
export function FullPageSpin({ tip }: { tip?: string }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', minHeight: '60vh' }}>
      <Spin size="large" tip={tip}>
        <div style={{ width: 120, height: 80 }} />
      </Spin>
    </div>
  );
}
