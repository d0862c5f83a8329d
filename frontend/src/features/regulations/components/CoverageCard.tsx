import { Card, Col, Progress, Row, Skeleton, Statistic, Typography } from 'antd';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useI18n } from '@/lib/i18n';
import { useRegulationCoverage } from '../api';
import { formatCount } from '@/lib/format';

/** How many of the units under the caller's have a regulation or convention in force. */
export function CoverageCard() {
  const { t } = useI18n();
  const coverage = useRegulationCoverage();
  const data = coverage.data;
  const percent = data ? Math.round(data.share * 1000) / 10 : 0;

  return (
    <Card size="small" title={t('regulations.coverage.title')}>
      {coverage.error ? (
        <ProblemAlert error={coverage.error} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Row gutter={[16, 16]} align="middle">
          <Col xs={24} md={12}>
            <Statistic title={t('regulations.coverage.share')} value={`${percent.toLocaleString()}%`} />
            <Progress percent={percent} showInfo={false} />
            <Typography.Text type="secondary">
              {t('regulations.coverage.of', {
                with: formatCount(data.unitsWithRegulation),
                required: formatCount(data.requiredUnits),
              })}
            </Typography.Text>
          </Col>
          <Col xs={24} md={12}>
            <Statistic title={t('regulations.coverage.missing')} value={data.missingTotal} />
            {(data.missing ?? []).length > 0 && (
              <Typography.Text type="secondary">
                {(data.missing ?? []).map((unit) => unit.name).join(', ')}
                {data.missingTotal > (data.missing ?? []).length ? ', …' : ''}
              </Typography.Text>
            )}
          </Col>
        </Row>
      )}
    </Card>
  );
}
