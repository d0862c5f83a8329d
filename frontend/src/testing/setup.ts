import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { registerLanguage } from '@/lib/i18n';
import { pack as english } from '@/lib/i18n/packs/en';
import { pack as vietnamese } from '@/lib/i18n/packs/vi';

// The app loads a language when it is chosen (main.tsx); tests have both at hand.
registerLanguage('vi', vietnamese);
registerLanguage('en', english);

// jsdom has no matchMedia; Ant Design's responsive parts (Grid, Sider, Table columns) need one.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});

// Ant Design measures scroll bars through getComputedStyle with a pseudo element, which jsdom lacks.
const { getComputedStyle } = window;
window.getComputedStyle = (element: Element) => getComputedStyle(element);

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

// A failed query prints the DOM; Ant Design's is large and adds nothing to the message.
configure({
  getElementError: (message) => {
    const error = new Error(message ?? 'element not found');
    error.name = 'TestingLibraryElementError';
    return error;
  },
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
