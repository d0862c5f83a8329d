import type { ConfigProviderProps } from 'antd';
import type { Messages } from './vi';

/** What one language brings: Coso's texts and Ant Design's own (pagination, pickers, empty states). */
export interface LanguagePack {
  messages: Messages;
  antd: NonNullable<ConfigProviderProps['locale']>;
}
