import { defineSection } from '../../section.ts';
import type { IotKey } from './en.ts';

export const iotTexts = defineSection<IotKey>({
  en: () => import('./en.ts').then((module) => module.iotEn),
  ru: () => import('./ru.ts').then((module) => module.iotRu),
  es: () => import('./es.ts').then((module) => module.iotEs),
  pt: () => import('./pt.ts').then((module) => module.iotPt),
  fr: () => import('./fr.ts').then((module) => module.iotFr),
  de: () => import('./de.ts').then((module) => module.iotDe),
  zh: () => import('./zh.ts').then((module) => module.iotZh),
  uk: () => import('./uk.ts').then((module) => module.iotUk),
});
