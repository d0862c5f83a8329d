import { ConfigProvider } from 'antd';
import dayjs from 'dayjs';
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';

/**
 * Coso's red, and secondary texts and placeholders dark enough for WCAG AA on white (4.5:1): Ant
 * Design's defaults (45 % and 25 % black) give 3.4:1 and 1.8:1.
 */
const THEME = {
  token: {
    colorPrimary: '#b71c1c',
    // Links follow colorInfo (blue, 4:1 on an info alert) unless told: Coso's red, darker on hover.
    colorLink: '#b71c1c',
    colorLinkHover: '#8e1414',
    colorLinkActive: '#7a1010',
    borderRadius: 6,
    fontFamily: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.58)',
  },
};

/**
 * Ant Design's theme, and its own texts (pagination, pickers, empty states) and dayjs's in the
 * chosen language. A chunk of its own: the portal's first page uses no Ant Design component.
 */
export function AntdFrame({ children }: { children: ReactNode }) {
  const { language, antdLocale } = useI18n();
  useEffect(() => {
    dayjs.locale(language);
    document.documentElement.lang = language;
  }, [language]);
  return (
    <ConfigProvider locale={antdLocale} theme={THEME}>
      {children}
    </ConfigProvider>
  );
}

export default AntdFrame;
