import { Card, Col, Row, Skeleton, Statistic } from 'antd';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatCount } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useTrainingSummary, type TrainingFilters } from '../api';

/** Classes and attendances (lượt người) of the trainings the list shows, counted by the server. */
export function TrainingSummaryCard({ filters }: { filters: TrainingFilters }) {
  const { t } = useI18n();
  const summary = useTrainingSummary(filters);
  const title = filters.year
    ? t('trainings.summary.titleYear', { year: String(filters.year) })
    : t('trainings.summary.title');

  return (
    <Card size="small" title={title}>
      {summary.error ? (
        <ProblemAlert error={summary.error} />
      ) : !summary.data ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <Statistic title={t('trainings.summary.classes')} value={formatCount(summary.data.trainings)} />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title={t('trainings.summary.attendances')} value={formatCount(summary.data.attendances)} />
          </Col>
        </Row>
      )}
    </Card>
  );
}
