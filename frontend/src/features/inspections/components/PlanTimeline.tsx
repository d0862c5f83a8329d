import { Empty, Flex, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';
import type { Inspection, InspectionStatus } from '../api';
import { showDate } from './dates';
import { spanIn, todayIn } from './timeline';

const ACTUAL_COLORS: Record<InspectionStatus, string> = {
  PLANNED: '#bfbfbf',
  IN_PROGRESS: '#1677ff',
  CONCLUDED: '#52c41a',
  CLOSED: '#13a8a8',
  CANCELLED: '#ff4d4f',
};
const LABEL_WIDTH = 300;
const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

function Track({ children, height = 28 }: { children?: ReactNode; height?: number }) {
  return (
    <div style={{ position: 'relative', flex: 1, height, minWidth: 360 }}>
      {MONTHS.map((month) => (
        <div
          key={month}
          style={{
            position: 'absolute',
            top: 0,
            bottom: 0,
            left: `${((month - 1) / 12) * 100}%`,
            borderInlineStart: '1px solid #f0f0f0',
          }}
        />
      ))}
      {children}
    </div>
  );
}

/**
 * The year's plan as a Gantt-like list: for each inspection its planned period (outlined) above its
 * actual one (filled, coloured by status), over the twelve months, with today marked.
 */
export function PlanTimeline({ inspections, year }: { inspections: Inspection[]; year: number }) {
  const { t } = useI18n();
  const today = todayIn(year);
  const openEnd = dayjs().format('YYYY-MM-DD');

  if (inspections.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspections.list.empty')} />;
  }

  return (
    <div style={{ overflowX: 'auto' }} data-testid="plan-timeline">
      <Flex gap={12} style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary" style={{ width: LABEL_WIDTH, flex: 'none' }}>
          <span
            style={{ display: 'inline-block', width: 18, height: 8, border: '1px dashed #8c8c8c', marginInlineEnd: 4 }}
          />
          {t('timeline.legend.planned')}
          <span
            style={{ display: 'inline-block', width: 18, height: 8, background: '#1677ff', margin: '0 4px 0 12px' }}
          />
          {t('timeline.legend.actual')}
          {today !== undefined && (
            <>
              <span
                style={{ display: 'inline-block', width: 2, height: 10, background: '#b71c1c', margin: '0 4px 0 12px' }}
              />
              {t('timeline.legend.today')}
            </>
          )}
        </Typography.Text>
        <Track height={18}>
          {MONTHS.map((month) => (
            <Typography.Text
              key={month}
              type="secondary"
              style={{ position: 'absolute', left: `calc(${((month - 1) / 12) * 100}% + 4px)`, fontSize: 12 }}
            >
              {t('timeline.month', { n: month })}
            </Typography.Text>
          ))}
        </Track>
      </Flex>
      {inspections.map((inspection) => {
        const planned = spanIn(year, inspection.plannedStart, inspection.plannedEnd);
        const actual = spanIn(
          year,
          inspection.actualStart,
          inspection.actualEnd,
          inspection.status === 'IN_PROGRESS' ? openEnd : undefined,
        );
        const subject = inspection.subject?.member?.fullName ?? inspection.subject?.organization?.name ?? '';
        const plannedText = `${t('timeline.legend.planned')}: ${t('timeline.period', {
          from: showDate(inspection.plannedStart),
          to: showDate(inspection.plannedEnd),
        })}`;
        const actualText = `${t('timeline.legend.actual')}: ${t('timeline.period', {
          from: showDate(inspection.actualStart),
          to: inspection.actualEnd
            ? showDate(inspection.actualEnd)
            : inspection.status === 'IN_PROGRESS'
              ? t('timeline.ongoing')
              : '—',
        })}`;
        return (
          <Flex
            key={inspection.id}
            gap={12}
            align="center"
            style={{ borderTop: '1px solid #f5f5f5', padding: '4px 0' }}
          >
            <div style={{ width: LABEL_WIDTH, flex: 'none', minWidth: 0 }}>
              <Link to={`/inspections/${inspection.id}`}>
                <Typography.Text ellipsis style={{ maxWidth: LABEL_WIDTH, display: 'block' }}>
                  {inspection.topic}
                </Typography.Text>
              </Link>
              <Typography.Text
                type="secondary"
                ellipsis
                style={{ maxWidth: LABEL_WIDTH, display: 'block', fontSize: 12 }}
              >
                {t(`inspectionKind.${inspection.kind}`)} · {subject} · {t(`inspectionStatus.${inspection.status}`)}
              </Typography.Text>
            </div>
            <Track height={30}>
              {today !== undefined && (
                <div
                  style={{
                    position: 'absolute',
                    top: 0,
                    bottom: 0,
                    left: `${today}%`,
                    width: 2,
                    background: '#b71c1c',
                  }}
                />
              )}
              <Tooltip title={`${plannedText} · ${actualText}`}>
                <div style={{ position: 'absolute', inset: 0 }}>
                  {planned ? (
                    <div
                      aria-label={plannedText}
                      style={{
                        position: 'absolute',
                        top: 3,
                        height: 10,
                        left: `${planned.left}%`,
                        width: `${planned.width}%`,
                        border: '1px dashed #8c8c8c',
                        borderRadius: 3,
                      }}
                    />
                  ) : (
                    !actual && (
                      <Typography.Text type="secondary" style={{ position: 'absolute', top: 5, left: 4, fontSize: 12 }}>
                        {t('timeline.noDates')}
                      </Typography.Text>
                    )
                  )}
                  {actual && (
                    <div
                      aria-label={actualText}
                      style={{
                        position: 'absolute',
                        top: 16,
                        height: 10,
                        left: `${actual.left}%`,
                        width: `${actual.width}%`,
                        background: ACTUAL_COLORS[inspection.status],
                        borderRadius: 3,
                      }}
                    />
                  )}
                </div>
              </Tooltip>
            </Track>
          </Flex>
        );
      })}
    </div>
  );
}
