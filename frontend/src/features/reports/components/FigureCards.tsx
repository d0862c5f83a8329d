import { Card, Col, Row, Statistic, Tooltip, Typography } from 'antd';
import { useFormat } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { ReportSection } from '../api';
import { formatChange, formatFigure } from './format';

/** Each section's figures, the previous period's beside them; the definition shows on hover. */
export function FigureCards({ sections }: { sections: ReportSection[] }) {
  const { t } = useI18n();
  const format = useFormat();
  return (
    <Row gutter={[16, 16]}>
      {sections.map((section) => (
        <Col key={section.key} xs={24} lg={section.figures.length > 4 ? 24 : 12}>
          <Card size="small" title={section.title} style={{ height: '100%' }}>
            <Row gutter={[16, 12]}>
              {section.figures.map((figure) => {
                const change = formatChange(format, figure.kind, figure.value, figure.previous, t('reports.points'));
                return (
                  <Col key={figure.key} xs={12} md={8} xl={section.figures.length > 4 ? 4 : 8}>
                    <Tooltip title={figure.definition}>
                      <div data-testid={`figure-${figure.key}`}>
                        <Statistic
                          title={figure.label}
                          value={formatFigure(format, figure.kind, figure.value)}
                          valueStyle={{ fontSize: 22 }}
                        />
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('reports.previous', { value: formatFigure(format, figure.kind, figure.previous) })}
                          {change && ` (${change})`}
                        </Typography.Text>
                      </div>
                    </Tooltip>
                  </Col>
                );
              })}
            </Row>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
