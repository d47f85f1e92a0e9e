import { useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Typography } from 'antd';
import { showSuccess } from '../../ui/feedback';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useSession } from './use-session';

/**
 * 修改密码 on its own page: forced after the first sign-in (then the only way out is 退出登录), otherwise reached
 * from the user menu; after the change the session is read again and the user goes home.
 */
export function ChangePasswordCard() {
  const { user, reload, signOut } = useSession();
  const navigate = useNavigate();
  const forced = !!user?.mustChangePassword;

  const onChanged = async () => {
    showSuccess('密码已修改');
    await reload();
    navigate('/home', { replace: true });
  };

  return (
    <Card style={{ width: 440 }} title={<span>修改密码 · {user?.displayName}</span>}>
      {forced ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 20 }}
          message="首次登录须先修改初始密码"
          description="修改完成后才能使用系统的其他功能。"
        />
      ) : null}
      <Typography.Paragraph type="secondary">
        新密码须符合本单位的安全策略（长度、字符类别、不得包含用户名等）；不符合时会在下方提示具体规则。
      </Typography.Paragraph>
      <ChangePasswordForm onChanged={onChanged} />
      <div style={{ marginTop: 12, textAlign: 'center' }}>
        {forced ? (
          <Button type="link" onClick={() => signOut().finally(() => navigate('/login', { replace: true }))}>
            退出登录
          </Button>
        ) : (
          <Button type="link" onClick={() => navigate(-1)}>
            返回
          </Button>
        )}
      </div>
    </Card>
  );
}
