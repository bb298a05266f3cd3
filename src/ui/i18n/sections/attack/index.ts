import { defineSection } from '../../section.ts';
import type { AttackKey } from './en.ts';

export const attackTexts = defineSection<AttackKey>({
  en: () => import('./en.ts').then((module) => module.attackEn),
  ru: () => import('./ru.ts').then((module) => module.attackRu),
  es: () => import('./es.ts').then((module) => module.attackEs),
  pt: () => import('./pt.ts').then((module) => module.attackPt),
  fr: () => import('./fr.ts').then((module) => module.attackFr),
  de: () => import('./de.ts').then((module) => module.attackDe),
  zh: () => import('./zh.ts').then((module) => module.attackZh),
  uk: () => import('./uk.ts').then((module) => module.attackUk),
});
