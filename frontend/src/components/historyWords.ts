import type { MessageKey, Translate } from '@/lib/i18n';

/** What a feature tells the history about its records; everything else comes from the shared `history.*` words. */
export interface HistoryVocabulary {
  /** Action → words, where the feature's word differs from the shared one (an inspection's CREATED is "planned"). */
  actions?: Record<string, MessageKey>;
  /** Field → label, where the feature's label differs from the shared one. Numbered parts (`comments.12.outcome`) are named without their number. */
  fields?: Record<string, MessageKey>;
  /** Fields whose values are words of a list: the dictionary prefix of those words (`status` → `feedbackStatus`). */
  values?: Record<string, string>;
  /** Fields whose values are unit codes, shown with the unit's name. */
  unitFields?: readonly string[];
  /** Fields left out besides the technical ones. */
  hidden?: readonly string[];
}

/** Who did it, as the history records it; the shared accounts get words. */
const ACTORS: Record<string, MessageKey> = { public: 'history.actor.public', system: 'history.actor.system' };

/** Fingerprints, internal ids and versions mean nothing to a reader. */
export function isTechnicalField(field: string, vocabulary: HistoryVocabulary = {}): boolean {
  const plain = normalField(field).field;
  if (vocabulary.hidden?.includes(plain)) return true;
  if (vocabulary.fields?.[plain]) return false;
  return /sha256|hash|token|(^|\.)id$|Ids?$|(^|\.)version$/i.test(plain);
}

/** `comments.12.outcome` → `comments.outcome` (number 12), `conclusion.recommendations[0]` → `conclusion.recommendations` (1). */
export function normalField(field: string): { field: string; number?: number } {
  const dotted = /^(.*)\.(\d+)\.(.*)$/.exec(field);
  if (dotted) return { field: `${dotted[1]}.${dotted[3]}`, number: Number(dotted[2]) };
  const indexed = /^(.*)\[(\d+)]$/.exec(field);
  if (indexed) return { field: indexed[1], number: Number(indexed[2]) + 1 };
  return { field };
}

function known(t: Translate, key: string, params?: Record<string, string | number>): string | undefined {
  const text = t(key as MessageKey, params);
  return text === key ? undefined : text;
}

function humanised(code: string): string {
  const text = code
    .replace(/[._]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function actionWords(action: string, vocabulary: HistoryVocabulary, t: Translate): string {
  const own = vocabulary.actions?.[action];
  return (own && t(own)) || known(t, `history.action.${action}`) || humanised(action);
}

export function fieldWords(field: string, vocabulary: HistoryVocabulary, t: Translate): string {
  const { field: plain, number } = normalField(field);
  const params = number === undefined ? undefined : { n: number };
  const own = vocabulary.fields?.[plain];
  return (own && t(own, params)) || known(t, `history.field.${plain}`, params) || humanised(plain);
}

export function actorWords(by: string | null | undefined, t: Translate): string {
  if (!by) return '—';
  return ACTORS[by] ? t(ACTORS[by]) : by;
}

const VIETNAM_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as people in Vietnam read it, in Vietnam's time whatever the browser's zone: `dd/MM/yyyy HH:mm`. */
export function formatVietnamTime(instant: string | null | undefined): string {
  if (!instant) return '—';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const part = Object.fromEntries(VIETNAM_TIME.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A value of the history as a reader says it: words for statuses and yes/no, dates as in Vietnam, unit names. */
export function valueWords(
  field: string,
  value: string | null | undefined,
  vocabulary: HistoryVocabulary,
  t: Translate,
  unitName: (code: string) => string | undefined = () => undefined,
): string {
  if (value === null || value === undefined || value === '') return t('history.empty.value');
  const { field: plain } = normalField(field);
  if (value === 'true') return t('history.yes');
  if (value === 'false') return t('history.no');
  const prefix = vocabulary.values?.[plain];
  if (prefix) {
    return value
      .split(',')
      .map((part) => known(t, `${prefix}.${part.trim()}`) ?? part)
      .join(', ');
  }
  if (vocabulary.unitFields?.includes(plain)) {
    const name = unitName(value);
    return name ? `${name} (${value})` : value;
  }
  if (INSTANT.test(value)) return formatVietnamTime(value);
  const date = DATE.exec(value);
  if (date) return `${date[3]}/${date[2]}/${date[1]}`;
  return value;
}
