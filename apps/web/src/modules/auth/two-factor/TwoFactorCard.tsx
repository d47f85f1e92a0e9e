import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Spin } from 'antd';
import type { TTotpEnrolment } from '@kechuang/domain';
import { showSuccess } from '../../../ui/feedback';
import { useLoader } from '../../../ui/use-loader';
import { authApi } from '../auth.api';
import { useSession } from '../use-session';
import { EnrolTotpStep } from './EnrolTotpStep';
import { RecoveryCodesStep } from './RecoveryCodesStep';
import { TotpCodeForm } from './TotpCodeForm';

/**
 * 两步验证 on its own page, for any user from the user menu, and forced for an administrator while the security
 * policy requires it (then the only way out is 退出登录): the status, the set-up (QR code, secret, confirming code,
 * recovery codes shown once), and turning it off.
 */
export function TwoFactorCard() {
  const { user, reload, signOut } = useSession();
  const navigate = useNavigate();
  const status = useLoader('totp', authApi.totpStatus);
  const [enrolment, setEnrolment] = useState<TTotpEnrolment | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const forced = !!user?.mustEnrolTotp;

  const done = async () => {
    await reload();
    navigate('/home', { replace: true });
  };

  let body;
  if (recoveryCodes) {
    body = (
      <RecoveryCodesStep
        codes={recoveryCodes}
        username={user?.username ?? ''}
        title={status.data?.enrolled ? '恢复码已重新生成，旧恢复码已作废' : '两步验证已启用'}
        onDone={done}
      />
    );
  } else if (enrolment) {
    body = (
      <EnrolTotpStep
        enrolment={enrolment}
        onConfirmed={(codes) => {
          setRecoveryCodes(codes);
          setEnrolment(null);
        }}
      />
    );
  } else if (!status.data) body = <Spin />;
  else if (status.data.enrolled) {
    body = (
      <>
        <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
          <Descriptions.Item label="状态">已启用</Descriptions.Item>
          <Descriptions.Item label="启用时间">
            {status.data.enrolledAt ? new Date(status.data.enrolledAt).toLocaleString('zh-CN') : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="剩余恢复码">{status.data.recoveryCodesLeft} 个</Descriptions.Item>
        </Descriptions>
        <TotpCodeForm
          label="重新生成 10 个恢复码（旧恢复码作废），须输入当前验证码"
          button="重新生成恢复码"
          onCode={async (code) => setRecoveryCodes((await authApi.renewRecoveryCodes(code)).recoveryCodes)}
        />
        <div style={{ marginTop: 16 }}>
          {status.data.required ? (
            <Alert
              type="info"
              showIcon
              message="安全策略要求管理员账号启用两步验证，不能关闭；更换手机请联系安全管理员重置。"
            />
          ) : (
            <TotpCodeForm
              label="关闭两步验证，须输入当前验证码"
              button="关闭两步验证"
              danger
              onCode={async (code) => {
                await authApi.disableTotp(code);
                showSuccess('两步验证已关闭');
                status.reload();
              }}
            />
          )}
        </div>
      </>
    );
  } else {
    body = (
      <>
        <Alert
          type={forced ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          message={forced ? '安全策略要求管理员账号先设置两步验证' : '两步验证尚未启用'}
          description="启用后，登录时除密码外还须输入手机验证器（如 Google Authenticator、Microsoft Authenticator、FreeOTP）显示的 6 位动态验证码。"
        />
        <Button
          type="primary"
          block
          onClick={async () => setEnrolment(await authApi.startTotp())}
          data-testid="totp-start"
        >
          开始设置
        </Button>
      </>
    );
  }

  return (
    <Card style={{ width: 480, maxWidth: '100%' }} title={<span>两步验证 · {user?.displayName}</span>}>
      {body}
      <div style={{ marginTop: 12, textAlign: 'center' }}>
        {forced ? (
          <Button type="link" onClick={() => signOut().finally(() => navigate('/login', { replace: true }))}>
            退出登录
          </Button>
        ) : recoveryCodes ? null : (
          <Button type="link" onClick={() => navigate('/home')}>
            返回
          </Button>
        )}
      </div>
    </Card>
  );
}
