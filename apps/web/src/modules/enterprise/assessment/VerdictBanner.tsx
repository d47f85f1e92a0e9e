import { Alert, Space, Tag, Typography } from 'antd';

type Tone = 'success' | 'warning' | 'error';
const COLOR: Record<Tone, string> = { success: 'green', warning: 'orange', error: 'red' };

/** The calculator's conclusion: a large outcome tag and the engine's summary sentence. */
export function VerdictBanner({ tone, outcome, summary }: { tone: Tone; outcome: string; summary: string }) {
  return (
    <Alert
      type={tone}
      className="kc-verdict"
      message={
        <Space size={12} align="center" wrap>
          <Tag color={COLOR[tone]} style={{ fontSize: 16, lineHeight: '28px', padding: '0 12px', marginInlineEnd: 0 }}>
            {outcome}
          </Tag>
          <Typography.Text>{summary}</Typography.Text>
        </Space>
      }
    />
  );
}
