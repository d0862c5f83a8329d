import { Card, Empty, Flex, List, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDate } from '@/lib/dates';
import { WINDOW_COLORS, type ConsultationWindow } from '@/lib/democracy';
import { useI18n } from '@/lib/i18n';
import { usePublicConsultations } from '../api';

const WINDOWS: readonly ConsultationWindow[] = ['OPEN', 'UPCOMING', 'CLOSED'];

/**
 * The first tab, in the order open · upcoming · closed, that has a consultation: a visitor never
 * lands on an empty list while others have content. Undefined until that is known.
 */
function useFirstWindowWithContent(): ConsultationWindow | undefined {
  const firstPages = {
    OPEN: usePublicConsultations('OPEN', 0),
    UPCOMING: usePublicConsultations('UPCOMING', 0),
    CLOSED: usePublicConsultations('CLOSED', 0),
  };
  for (const window of WINDOWS) {
    const { data, error } = firstPages[window];
    if (!data && !error) {
      return undefined;
    }
    if ((data?.total ?? 0) > 0) {
      return window;
    }
  }
  return 'OPEN';
}

/** Lấy ý kiến dự thảo: drafts open for comment, coming, and closed with their results. */
export function ConsultationListPage() {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<ConsultationWindow>();
  const automatic = useFirstWindowWithContent();
  const window = chosen ?? automatic;
  const [page, setPage] = useState(0);
  const consultations = usePublicConsultations(window ?? 'OPEN', page);

  return (
    <>
      <Typography.Title level={1} className="page-title">
        {t('portal.consultations.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('portal.consultations.intro')}</Typography.Paragraph>
      <Segmented<ConsultationWindow>
        value={window ?? 'OPEN'}
        onChange={(next) => {
          setChosen(next);
          setPage(0);
        }}
        options={WINDOWS.map((value) => ({ value, label: t(`consultationWindow.${value}`) }))}
        style={{ marginBottom: 12 }}
      />
      <ProblemAlert error={consultations.error} />
      <List
        loading={window === undefined || consultations.isFetching}
        dataSource={consultations.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('portal.consultations.empty')} /> }}
        pagination={
          (consultations.data?.total ?? 0) > 10
            ? {
                current: page + 1,
                pageSize: 10,
                total: consultations.data?.total,
                onChange: (next) => setPage(next - 1),
                size: 'small',
              }
            : false
        }
        renderItem={(item) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Card size="small" style={{ width: '100%' }}>
              <Link to={`/portal/consultations/${item.id}`}>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {item.title}
                </Typography.Text>
              </Link>
              <Flex gap={8} wrap align="center" style={{ marginTop: 6 }}>
                <Tag color={WINDOW_COLORS[item.window]}>{t(`consultationWindow.${item.window}`)}</Tag>
                {item.concluded && <Tag color="green">{t('portal.consultations.concluded')}</Tag>}
                <Typography.Text type="secondary">
                  {item.unit?.name} · {formatDate(item.opensOn)} – {formatDate(item.closesOn)} ·{' '}
                  {t('portal.consultations.comments', { count: item.commentCount ?? 0 })}
                </Typography.Text>
              </Flex>
            </Card>
          </List.Item>
        )}
      />
    </>
  );
}

export default ConsultationListPage;
