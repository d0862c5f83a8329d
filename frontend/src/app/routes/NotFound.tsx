import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';

export function NotFound() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      subTitle={t('app.notFound')}
      extra={<Button onClick={() => navigate('/')}>{t('app.home')}</Button>}
    />
  );
}
