/**
 * Lower-case text without Vietnamese tone marks and with đ → d, so `bach dang` finds "Bạch Đằng"
 * in client-side filters the way the server's search does.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** A form's text as the API wants it: trimmed, and absent when nothing is left. */
export function blankToUndefined(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}
