import { Alert, Modal, Typography } from 'antd';
import type { TAdminResetApproved } from '@kechuang/domain';

/** The one-time password of an approved reset, shown once: the server keeps only its hash. */
export function OneTimePasswordModal({ approved, onClose }: { approved: TAdminResetApproved; onClose: () => void }) {
  return (
    <Modal
      title={`一次性密码 · ${approved.username}`}
      open
      onOk={onClose}
      onCancel={onClose}
      okText="我已记下"
      cancelButtonProps={{ style: { display: 'none' } }}
      maskClosable={false}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        message="此密码只显示这一次，关闭后无法再次查看"
        description="请通过安全渠道交给账号本人；本人登录后须立即修改密码。"
      />
      <Typography.Text
        code
        copyable={{ text: approved.oneTimePassword, tooltips: ['复制', '已复制'] }}
        style={{ fontSize: 20, fontFamily: 'monospace' }}
        data-testid="one-time-password"
      >
        {approved.oneTimePassword}
      </Typography.Text>
    </Modal>
  );
}
