import type { FormRule } from 'antd';
import { hasContact } from '@/lib/contact';

/**
 * A consent checkbox's rule: required once any of the contact fields holds something
 * (Decree 13/2023/NĐ-CP: personal data is kept only with consent).
 */
export function consentRule(contactFields: readonly [string, string, string], message: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_rule, checked: boolean) => {
      const [name, phone, email] = contactFields.map((field) => getFieldValue(field) as string | undefined);
      return checked || !hasContact({ name, phone, email }) ? Promise.resolve() : Promise.reject(new Error(message));
    },
  });
}
