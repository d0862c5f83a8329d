import antd from 'antd/locale/vi_VN';
import 'dayjs/locale/vi';
import type { LanguagePack } from '../types';
import { vi } from '../vi';

/** Vietnamese: Coso's texts, Ant Design's and dayjs's (months, weekdays). */
export const pack: LanguagePack = { messages: vi, antd };
