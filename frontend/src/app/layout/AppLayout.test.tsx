import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppLayout } from '@/app/layout/AppLayout';
import { adminMe } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';

const desktopMatchMedia = window.matchMedia;

/** A 390 px phone: only Ant Design's `max-width` (xs) query matches. */
function onAPhone() {
  window.matchMedia = vi.fn().mockImplementation((query: string) => ({
    matches: query.includes('max-width'),
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  }));
}

afterEach(() => {
  window.matchMedia = desktopMatchMedia;
});

describe('AppLayout on a phone', () => {
  it('keeps the menu in a drawer opened from the header, and closes it when a page is chosen', async () => {
    onAPhone();
    const user = userEvent.setup();
    const { fetch } = mockApi({ 'GET /api/v1/me': () => ({ body: adminMe }) });
    renderWithApp(
      <Routes>
        <Route path="/" element={<AppLayout />}>
          <Route path="units" element={<p>units page</p>} />
        </Route>
      </Routes>,
      { fetch },
    );

    expect(screen.queryByRole('menuitem', { name: /Đơn vị/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mở menu' }));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('Tỉnh Quảng Ninh')).toBeInTheDocument();
    expect(within(drawer).getByRole('button', { name: /Đăng xuất/ })).toBeInTheDocument();

    await user.click(within(drawer).getByRole('menuitem', { name: /Đơn vị/ }));
    expect(await screen.findByText('units page')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Mở menu' })).toHaveAttribute('aria-expanded', 'false'),
    );
  });
});
