// Vitest setup: the page loads its language table before any text (src/ui/main.ts); tests start in English.
import { beforeEach } from 'vitest';
import { loadLanguage } from '../../src/ui/i18n/index.ts';

beforeEach(() => loadLanguage('en'));
