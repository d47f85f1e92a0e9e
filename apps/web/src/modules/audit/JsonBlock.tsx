import type { ReactNode } from 'react';
import { Typography } from 'antd';

interface Props {
  title: string;
  value: unknown;
  /** Top-level keys whose value differs between 修改前 and 修改后; their lines are tinted. */
  changed?: ReadonlySet<string>;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Pretty JSON in a scrollable box; for objects, one line per key so changed keys can be marked. */
export function JsonBlock({ title, value, changed }: Props) {
  let body: ReactNode;
  if (value === null || value === undefined) body = '（无）';
  else if (!isPlainObject(value) || !changed) body = JSON.stringify(value, null, 2);
  else {
    const keys = Object.keys(value);
    body = (
      <>
        <span className="kc-json-line">{'{'}</span>
        {keys.map((k, i) => (
          <span key={k} className={changed.has(k) ? 'kc-json-line kc-json-changed' : 'kc-json-line'}>
            {`  ${JSON.stringify(k)}: ${JSON.stringify(value[k])}${i < keys.length - 1 ? ',' : ''}`}
          </span>
        ))}
        <span className="kc-json-line">{'}'}</span>
      </>
    );
  }
  return (
    <div style={{ flex: 1, minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {title}
      </Typography.Text>
      <pre className="kc-json">{body}</pre>
    </div>
  );
}
