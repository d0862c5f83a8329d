import { waitFor, within } from '@testing-library/react';
import type { RecordedRequest } from './mockApi';

export function tableBody() {
  return document.querySelector('.ant-table-tbody') as HTMLElement;
}

export function findInTable(text: string) {
  return waitFor(() => within(tableBody()).getByText(text));
}

export function tableRows() {
  return document.querySelectorAll('tbody tr.ant-table-row');
}

/** The table row that shows `text`. */
export async function findRow(text: string) {
  const cell = await findInTable(text);
  return cell.closest('tr') as HTMLElement;
}

export function requestsTo(requests: RecordedRequest[], path: string, method = 'GET') {
  return requests.filter((r) => r.method === method && r.path === path);
}

/** The form item around the input labelled `label`. */
export function formItemOf(input: HTMLElement) {
  return input.closest('.ant-form-item') as HTMLElement;
}
