import { Typography } from 'antd';

/** Pretty JSON in a scrollable box, or a dash when there is nothing. */
export function JsonBlock({ title, value }: { title: string; value: unknown }) {
  return (
    <div style={{ flex: 1, minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {title}
      </Typography.Text>
      {value === null || value === undefined ? (
        <pre className="kc-json">（无）</pre>
      ) : (
        <pre className="kc-json">{JSON.stringify(value, null, 2)}</pre>
      )}
    </div>
  );
}
