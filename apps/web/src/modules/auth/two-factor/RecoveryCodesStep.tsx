import { Alert, Button, Flex, Typography } from 'antd';
import { saveFile } from '../../../ui/save-file';

/** The ten recovery codes, shown this once: copy or download them, then go on. */
export function RecoveryCodesStep({
  codes,
  username,
  title,
  onDone,
}: {
  codes: string[];
  title: string;
  username: string;
  onDone: () => void;
}) {
  const text = `科创平台 · ${username} 的两步验证恢复码（每个只能使用一次）\n\n${codes.join('\n')}\n`;
  const download = () =>
    saveFile(
      { blob: new Blob([text], { type: 'text/plain;charset=utf-8' }), fileName: null },
      `科创平台恢复码-${username}.txt`,
    );
  return (
    <>
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 16 }}
        message={title}
        description="请立即保存下面的 10 个恢复码：手机丢失时可用恢复码登录，每个只能使用一次。离开本页后不再显示。"
      />
      <div
        data-testid="recovery-codes"
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
          gap: 8,
          marginBottom: 16,
        }}
      >
        {codes.map((c) => (
          <Typography.Text key={c} code style={{ fontSize: 15 }}>
            {c}
          </Typography.Text>
        ))}
      </div>
      <Flex gap={8} wrap>
        <Typography.Text copyable={{ text, tooltips: ['复制全部', '已复制'] }}>复制全部</Typography.Text>
        <Button size="small" onClick={download}>
          下载为文本文件
        </Button>
      </Flex>
      <Button type="primary" block style={{ marginTop: 16 }} onClick={onDone}>
        我已保存恢复码，完成
      </Button>
    </>
  );
}
