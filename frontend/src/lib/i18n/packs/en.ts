import antd from 'antd/locale/en_US';
import type { LanguagePack } from '../types';
import { en } from '../en';

/** English: Coso's texts and Ant Design's (dayjs speaks English without a locale). */
export const pack: LanguagePack = { messages: en, antd };
