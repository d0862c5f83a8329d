import { Descriptions, Drawer, Empty, Flex, Skeleton, Tag, Timeline, Typography } from 'antd';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDate } from '@/lib/dates';
import { useI18n, type Translate } from '@/lib/i18n';
import { useUnit, useUnitLineage } from '../api';
import { lineageLines, type LineageLine } from './lineage';
import { UnitTypeTag } from './unitTypeLabel';
import { UnitPeriod } from './UnitPeriod';

interface UnitLineageDrawerProps {
  /** The unit shown; null while closed. */
  unitId: number | null;
  onClose: () => void;
  /** Follows a unit named in the lineage (its predecessor or successor). */
  onOpenUnit: (unitId: number) => void;
}

function legalBasis(line: LineageLine, t: Translate) {
  const { legalBasisNumber, legalBasisDate } = line.event;
  if (!legalBasisNumber) {
    return null;
  }
  return legalBasisDate
    ? t('units.lineage.legalBasisDated', { number: legalBasisNumber, date: formatDate(legalBasisDate) })
    : t('units.lineage.legalBasis', { number: legalBasisNumber });
}

function LineageList({ lines, onOpenUnit }: { lines: LineageLine[]; onOpenUnit: (unitId: number) => void }) {
  const { t } = useI18n();
  return (
    <Timeline
      items={lines.map((line, index) => ({
        key: index,
        content: (
          <div data-testid="lineage-event">
            <Typography.Text strong>{t(`lineageKind.${line.event.kind ?? 'MOVED'}`)}</Typography.Text>{' '}
            <Typography.Text type="secondary">{formatDate(line.event.effectiveDate)}</Typography.Text>
            {line.other && (
              <div>
                <Typography.Link onClick={() => onOpenUnit(line.other!.id as number)}>
                  {line.other.name} ({line.other.code})
                </Typography.Link>
                {line.event.primary && line.event.kind === 'DIVIDED_INTO' && (
                  <Tag style={{ marginInlineStart: 8 }}>{t('units.lineage.primary')}</Tag>
                )}
              </div>
            )}
            {legalBasis(line, t) && (
              <div>
                <Typography.Text type="secondary">{legalBasis(line, t)}</Typography.Text>
              </div>
            )}
          </div>
        ),
      }))}
    />
  );
}

/** One unit: its period, where it came from and what it went into, with dates and legal basis. */
export function UnitLineageDrawer({ unitId, onClose, onOpenUnit }: UnitLineageDrawerProps) {
  const { t } = useI18n();
  const unit = useUnit(unitId ?? undefined);
  const lineage = useUnitLineage(unitId ?? undefined);
  const lines = unitId === null ? [] : lineageLines(unitId, lineage.data ?? []);
  const cameFrom = lines.filter((line) => line.direction === 'from');
  const wentInto = lines.filter((line) => line.direction === 'into');
  const own = lines.filter((line) => line.direction === 'self');

  return (
    <Drawer
      open={unitId !== null}
      onClose={onClose}
      size={520}
      title={unit.data?.name ?? t('units.lineage.title')}
      destroyOnHidden
    >
      <ProblemAlert error={unit.error ?? lineage.error} />
      {unit.isPending || lineage.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <Flex vertical gap={16}>
          {unit.data && (
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('units.column.code')}>{unit.data.code}</Descriptions.Item>
              <Descriptions.Item label={t('units.column.type')}>
                <UnitTypeTag type={unit.data.type} />
              </Descriptions.Item>
              <Descriptions.Item label={t('units.column.parent')}>{unit.data.parentName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('units.lineage.period')}>
                <UnitPeriod validFrom={unit.data.validFrom} validTo={unit.data.validTo} />
              </Descriptions.Item>
            </Descriptions>
          )}
          <section aria-labelledby="lineage-from">
            <Typography.Title level={5} id="lineage-from">
              {t('units.lineage.cameFrom')}
            </Typography.Title>
            {cameFrom.length === 0 ? (
              <Typography.Text type="secondary">{t('units.lineage.noneFrom')}</Typography.Text>
            ) : (
              <LineageList lines={cameFrom} onOpenUnit={onOpenUnit} />
            )}
          </section>
          <section aria-labelledby="lineage-into">
            <Typography.Title level={5} id="lineage-into">
              {t('units.lineage.wentInto')}
            </Typography.Title>
            {wentInto.length === 0 ? (
              <Typography.Text type="secondary">{t('units.lineage.noneInto')}</Typography.Text>
            ) : (
              <LineageList lines={wentInto} onOpenUnit={onOpenUnit} />
            )}
          </section>
          {own.length > 0 && (
            <section aria-labelledby="lineage-own">
              <Typography.Title level={5} id="lineage-own">
                {t('units.lineage.own')}
              </Typography.Title>
              <LineageList lines={own} onOpenUnit={onOpenUnit} />
            </section>
          )}
          {lines.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('units.lineage.empty')} />}
        </Flex>
      )}
    </Drawer>
  );
}
