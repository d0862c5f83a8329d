import { App } from 'antd';
import { isProblem } from '@/api';
import { useI18n } from '@/lib/i18n';
import { problemMessage } from './problemMessage';

/**
 * Deletes a row after its confirmation and says how it went; a refusal the feature can explain
 * (by problem code) is said in its words.
 */
export function useDeleteAction(
  deleteById: (id: number) => Promise<unknown>,
  explanations: Record<string, string> = {},
) {
  const { t } = useI18n();
  const { message } = App.useApp();
  return async (id: number, deletedMessage: string) => {
    try {
      await deleteById(id);
      message.success(deletedMessage);
    } catch (failure) {
      const explained = Object.entries(explanations).find(([code]) => isProblem(failure, code))?.[1];
      message.error(explained ?? problemMessage(failure, t));
    }
  };
}
