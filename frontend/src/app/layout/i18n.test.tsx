import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { AppLayout } from '@/app/layout/AppLayout';
import { adminMe } from '@/testing/fixtures';
import { mockApi } from '@/testing/mockApi';
import { renderWithApp } from '@/testing/render';
import { en } from '@/lib/i18n/en';
import { LANGUAGE_STORAGE_KEY, translate } from '@/lib/i18n/I18nContext';
import { vi as vietnamese } from '@/lib/i18n/vi';

describe('translate', () => {
  it('fills named parameters', () => {
    expect(translate('vi', 'units.created', { name: 'Phường Bạch Đằng' })).toBe('Đã thêm đơn vị Phường Bạch Đằng');
    expect(translate('en', 'units.created', { name: 'Bach Dang' })).toBe('Unit Bach Dang created');
  });

  it('has an English text for every Vietnamese one', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vietnamese).sort());
    expect(Object.values(en).every((text) => text.trim() !== '')).toBe(true);
  });
});

describe('language switch', () => {
  function renderLayout() {
    const { fetch } = mockApi({ 'GET /api/v1/me': () => ({ body: adminMe }) });
    return renderWithApp(
      <Routes>
        <Route path="/" element={<AppLayout />} />
      </Routes>,
      { fetch },
    );
  }

  it('starts in Vietnamese and switches every label to English, remembering the choice', async () => {
    const user = userEvent.setup();
    renderLayout();

    expect(screen.getByRole('menuitem', { name: /Đơn vị/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Đăng xuất/ })).toBeInTheDocument();
    expect(await screen.findByText('Tỉnh Quảng Ninh')).toBeInTheDocument();

    await user.click(screen.getByText('EN'));

    expect(screen.getByRole('menuitem', { name: /Units/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Sign out/ })).toBeInTheDocument();
    expect(screen.queryByText('Đăng xuất')).not.toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('opens in the language chosen last time', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');
    renderLayout();
    expect(screen.getByRole('button', { name: /Sign out/ })).toBeInTheDocument();
    expect(await screen.findByText('Tỉnh Quảng Ninh')).toBeInTheDocument();
  });
});
