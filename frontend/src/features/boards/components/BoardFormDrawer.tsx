import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { RecordFormDrawer, type FormTarget } from '@/components/RecordFormDrawer';
import type { UnitOption } from '@/components/unitTree';
import { UnitTreeSelect } from '@/components/UnitTreeSelect';
import { DATE_FORMAT, fromApiDate, toApiDate } from '@/lib/dates';
import { AttachmentsPanel } from '@/components/attachments/AttachmentsPanel';
import { useI18n } from '@/lib/i18n';
import { blankToUndefined } from '@/lib/text';
import { BOARD_KINDS, useBoard, useSaveBoard, type Board, type BoardKind, type BoardRequest } from '../api';

interface FormValues {
  unitId: number;
  kind: BoardKind;
  name: string;
  termFrom: Dayjs;
  termTo?: Dayjs | null;
  electedAt?: string | null;
}

const FORM_FIELDS = ['unitId', 'kind', 'name', 'termFrom', 'termTo', 'electedAt'] as const;

function toRequest(values: FormValues): BoardRequest {
  return {
    unitId: values.unitId,
    kind: values.kind,
    name: values.name?.trim() ?? '',
    termFrom: toApiDate(values.termFrom),
    termTo: values.termTo ? toApiDate(values.termTo) : undefined,
    electedAt: blankToUndefined(values.electedAt),
  };
}

function toValues(board: Board): FormValues {
  return {
    unitId: board.unit.id,
    kind: board.kind,
    name: board.name,
    termFrom: fromApiDate(board.termFrom) as Dayjs,
    termTo: board.termTo ? (fromApiDate(board.termTo) as Dayjs) : null,
    electedAt: board.electedAt ?? null,
  };
}

interface BoardFormDrawerProps {
  target: FormTarget | null;
  units: UnitOption | undefined;
  onClose: () => void;
}

/** Set up or correct a people's inspection board, a community investment supervision board or a Front committee. */
export function BoardFormDrawer({ target, units, onClose }: BoardFormDrawerProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<FormValues>();
  const editId = target?.mode === 'edit' ? target.id : undefined;
  const board = useBoard(editId);
  const save = useSaveBoard();

  return (
    <RecordFormDrawer<FormValues, Board>
      target={target}
      title={editId ? t('boards.editTitle', { name: board.data?.name ?? '' }) : t('boards.createTitle')}
      form={form}
      name="board"
      record={board}
      toValues={toValues}
      fields={FORM_FIELDS}
      save={(values, version) => save.mutateAsync({ id: editId, version, body: toRequest(values) })}
      savedMessage={(saved) => t(editId ? 'boards.updated' : 'boards.created', { name: saved.name })}
      staleMessage={t('boards.conflict.stale')}
      onClose={onClose}
      after={
        editId !== undefined && (
          <AttachmentsPanel
            kind="board"
            ownerId={editId}
            title={t('attachments.board')}
            canUpload
            visibilities={['STAFF']}
          />
        )
      }
    >
      <Form.Item name="unitId" label={t('boards.field.unit')} rules={[{ required: true }]}>
        <UnitTreeSelect units={units} />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('boards.field.kind')}
        extra={t('boards.field.kindHint')}
        rules={[{ required: true }]}
      >
        <Select options={BOARD_KINDS.map((kind) => ({ value: kind, label: t(`boardKind.${kind}`) }))} />
      </Form.Item>
      <Form.Item name="name" label={t('boards.field.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={500} autoComplete="off" />
      </Form.Item>
      <Form.Item name="termFrom" label={t('boards.field.termFrom')} rules={[{ required: true }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="termTo" label={t('boards.field.termTo')}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="electedAt" label={t('boards.field.electedAt')}>
        <Input maxLength={500} autoComplete="off" />
      </Form.Item>
    </RecordFormDrawer>
  );
}
