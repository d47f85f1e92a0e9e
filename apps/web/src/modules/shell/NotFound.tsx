import { Link } from 'react-router-dom';
import { Button, Result } from 'antd';
import { useI18n } from '../../i18n/use-i18n';

export function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('notFoundTitle')}
      subTitle={t('notFoundText')}
      extra={
        <Link to="/home">
          <Button type="primary">{t('backHome')}</Button>
        </Link>
      }
    />
  );
}
