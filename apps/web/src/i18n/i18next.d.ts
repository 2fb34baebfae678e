import 'i18next';
import type { en } from './en';

// Makes t('unknown.key') a type error: every key must exist in the dictionaries.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}
