import { App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useFormProblems } from '@/components/useFormProblems';
import { useI18n } from '@/lib/i18n';
import { useMarkRecommendationDone, type Recommendation } from '../api';
import { DATE_FORMAT, toIso } from './dates';

interface DoneValues {
  doneOn: Dayjs;
  evidence?: string;
}

const FIELDS = ['doneOn', 'evidence'];

/**
 * Marks one recommendation of a concluded or closed inspection done: the day and what shows it
 * (a minute, a decision). Sent with the recommendation's version, so a change made meanwhile by
 * someone else is refused rather than overwritten.
 */
export function RecommendationDoneModal({
  inspectionId,
  recommendation,
  onClose,
}: {
  inspectionId: number;
  recommendation: Recommendation | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DoneValues>();
  const problems = useFormProblems(form, FIELDS);
  const markDone = useMarkRecommendationDone();

  const submit = async (values: DoneValues) => {
    if (!recommendation) return;
    problems.clear();
    try {
      await markDone.mutateAsync({
        inspectionId,
        recommendationId: recommendation.id,
        body: {
          doneOn: toIso(values.doneOn) as string,
          evidence: values.evidence?.trim() || undefined,
          version: recommendation.version,
        },
      });
      message.success(t('recommendation.done.saved'));
      problems.clear();
      onClose();
    } catch (failure) {
      problems.show(failure);
    }
  };

  return (
    <Modal
      open={recommendation !== null}
      title={t('recommendation.done.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={markDone.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        problems.clear();
        onClose();
      }}
      destroyOnHidden
    >
      <p>{recommendation?.content}</p>
      <ProblemAlert error={problems.error} unmatched={problems.unmatched} />
      <Form<DoneValues>
        form={form}
        layout="vertical"
        name="recommendation-done"
        onFinish={submit}
        initialValues={{ doneOn: dayjs() }}
        preserve={false}
        validateMessages={{ required: t('error.required', { field: '${label}' }) }}
      >
        <Form.Item name="doneOn" label={t('recommendation.doneOn')} rules={[{ required: true }]}>
          <DatePicker
            format={DATE_FORMAT}
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="evidence" label={t('recommendation.evidence')} extra={t('recommendation.evidenceHint')}>
          <Input.TextArea maxLength={2000} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
