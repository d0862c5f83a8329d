/** Name and contact as typed in a form: any of them may be missing. */
export interface TypedContact {
  name?: string;
  phone?: string;
  email?: string;
}

/** Whether anything of the contact was typed (then consent is needed to keep it). */
export function hasContact(contact: TypedContact): boolean {
  return [contact.name, contact.phone, contact.email].some((value) => value?.trim());
}

/**
 * The contact to send: nothing at all when the person chose to stay anonymous, otherwise the
 * fields typed, trimmed, and blank ones left out.
 */
export function contactToSend(anonymous: boolean, contact: TypedContact): TypedContact {
  if (anonymous) {
    return {};
  }
  return {
    name: contact.name?.trim() || undefined,
    phone: contact.phone?.trim() || undefined,
    email: contact.email?.trim() || undefined,
  };
}
