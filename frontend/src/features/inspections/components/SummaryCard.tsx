import { Card, Col, Row, Skeleton, Statistic } from 'antd';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatCount } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { useInspectionSummary } from '../api';

/** The year's count of organisations and members inspected and supervised, as the annual review counts them. */
export function SummaryCard({ year }: { year: number }) {
  const { t } = useI18n();
  const summary = useInspectionSummary(year);
  const data = summary.data;

  return (
    <Card size="small" title={t('inspections.summary.title', { year: String(year) })}>
      {summary.error ? (
        <ProblemAlert error={summary.error} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 1 }} />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={12} md={8} xl={4}>
            <Statistic
              title={t('inspections.summary.orgsInspected')}
              value={formatCount(data.organizationsInspected)}
            />
          </Col>
          <Col xs={12} md={8} xl={5}>
            <Statistic title={t('inspections.summary.membersInspected')} value={formatCount(data.membersInspected)} />
          </Col>
          <Col xs={12} md={8} xl={5}>
            <Statistic
              title={t('inspections.summary.orgsSupervised')}
              value={formatCount(data.organizationsSupervised)}
            />
          </Col>
          <Col xs={12} md={8} xl={5}>
            <Statistic title={t('inspections.summary.membersSupervised')} value={formatCount(data.membersSupervised)} />
          </Col>
          <Col xs={12} md={8} xl={5}>
            <Statistic title={t('inspections.summary.violations')} value={formatCount(data.violationsFound)} />
          </Col>
        </Row>
      )}
    </Card>
  );
}
