import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { components } from '@/api';
import type { Role } from '@/lib/auth';
import { adminMe, page, tree } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import { findRow, requestsTo } from '@/testing/table';
import type { DirectiveDocument } from '../api';
import { DocumentsPage } from './DocumentsPage';

function directive(id: number, number: string): DirectiveDocument {
  return {
    allowedActions: [],
    id,
    issuerUnit: { id: 1, code: '22', name: 'Tỉnh Quảng Ninh', type: 'PROVINCE' },
    issuingBody: null,
    kind: 'RESOLUTION',
    number,
    issueDate: '2025-03-15',
    title: `Nghị quyết ${number}`,
    summary: null,
    issuerPartyOrganization: null,
    readOnly: false,
    version: 0,
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
  };
}

const signed: components['schemas']['Attachment'] = {
  id: 71,
  ownerKind: 'document',
  ownerId: 1,
  fileName: 'Nghị quyết 35 (bản ký).pdf',
  mediaType: 'application/pdf',
  size: 204_800,
  sha256: 'ab'.repeat(32),
  visibility: 'STAFF',
  fromPublic: false,
  uploadedAt: '2025-03-16T02:00:00Z',
  width: null,
  height: null,
  hasThumbnail: false,
  // The server lets a writer delete it; the list's quick look still offers no delete.
  operations: ['DELETE'],
};

function setup(roles: Role[]) {
  const api = mockApi({
    'GET /api/v1/me': () => ({ body: { ...adminMe, roles } }),
    'GET /api/v1/units/:id/tree': () => ({ body: tree }),
    'GET /api/v1/documents': (request) =>
      request.query.get('page') === '1'
        ? { body: { ...page([directive(3, '40-NQ/TU')], 21), page: 1 } }
        : { body: page([directive(1, '35-NQ/TU'), directive(2, '12-KH/TU')], 21) },
    'GET /api/v1/attachments/document/counts': () => ({ body: [{ ownerId: 1, count: 1 }] }),
    'GET /api/v1/attachments/document/:id': () => ({ body: page([signed]) }),
    'GET /api/v1/attachments/document/:id/:id/content': () => ({ body: 'pdf', contentType: 'application/pdf' }),
  });
  const user = userEvent.setup();
  renderWithApp(<DocumentsPage currentYear={2025} />, { roles, fetch: api.fetch });
  return { ...api, user };
}

afterEach(() => vi.restoreAllMocks());

describe('DocumentsPage attachments', () => {
  it("asks the paperclip counts once for the page's documents, and shows them on the rows that hold files", async () => {
    const { requests } = setup(['admin']);

    const row = await findRow('35-NQ/TU');
    expect(await within(row).findByRole('button', { name: 'Xem 1 tệp đính kèm: 35-NQ/TU' })).toHaveTextContent('1');
    expect(within(await findRow('12-KH/TU')).queryByTestId('attachment-count')).toBeNull();
    const counts = requestsTo(requests, '/api/v1/attachments/document/counts');
    expect(counts).toHaveLength(1);
    expect(counts[0].query.get('ownerIds')).toBe('1,2');
    // No request per row: the files themselves are asked only when opened.
    expect(requests.filter((r) => /^\/api\/v1\/attachments\/document\/\d+$/.test(r.path))).toHaveLength(0);

    // The next page: one more request, with that page's ids.
    await userEvent.setup().click(document.querySelector('.ant-pagination-item-2') as HTMLElement);
    await findRow('40-NQ/TU');
    await waitFor(() => expect(requestsTo(requests, '/api/v1/attachments/document/counts')).toHaveLength(2));
    expect(requestsTo(requests, '/api/v1/attachments/document/counts')[1].query.get('ownerIds')).toBe('3');
  });

  it.each<Role>(['viewer', 'admin'])(
    'lets a %s open and download the files read-only from the paperclip',
    async (role) => {
      const createObjectURL = vi.fn(() => 'blob:signed');
      vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
      const { user, requests } = setup([role]);

      await user.click(await within(await findRow('35-NQ/TU')).findByRole('button', { name: /Xem 1 tệp đính kèm/ }));

      const drawer = await screen.findByRole('dialog');
      expect(within(drawer).getByText('Tệp đính kèm: 35-NQ/TU')).toBeInTheDocument();
      expect(await within(drawer).findByText('Nghị quyết 35 (bản ký).pdf')).toBeInTheDocument();
      expect(within(drawer).getByText('Văn bản (bản ký)')).toBeInTheDocument();
      expect(within(drawer).queryByText(/Kéo thả tệp/)).toBeNull();
      expect(within(drawer).queryByRole('button', { name: 'Xóa' })).toBeNull();
      expect(requestsTo(requests, '/api/v1/attachments/document/1')).toHaveLength(1);

      await user.click(within(drawer).getByRole('button', { name: 'Tải về' }));
      await waitFor(() => expect(requestsTo(requests, '/api/v1/attachments/document/1/71/content')).toHaveLength(1));
      await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    },
  );
});
