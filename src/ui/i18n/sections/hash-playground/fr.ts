import type { SectionTable } from '../../section.ts';
import type { HashPlaygroundKey } from './en.ts';

export const hashPlaygroundFr: SectionTable<HashPlaygroundKey> = {
  'hash.intro':
    'Tapez ce que vous voulez et observez son hash SHA-256 : changer une seule lettre change environ la moitié de ses bits.',
  'hash.input': 'Texte à hacher',
  'hash.hex': 'SHA-256 du texte, en hexadécimal',
  'hash.changed':
    '{changed, plural, one {# caractère a changé} other {# caractères ont changé}} sur 64 depuis la dernière modification (surlignés).',
  'hash.difficulty': 'Difficulté : bits nuls exigés en tête (de 0 à 32)',
  'hash.difficultyInvalid': 'Saisissez un nombre entier de 0 à 32.',
  'hash.bits': 'Les 32 premiers bits du hash',
  'hash.required': 'Difficulté {difficulty} : chaque bit surmonté d’un trait doit valoir zéro.',
  'hash.meets':
    '{zeros, plural, one {# bit nul en tête} other {# bits nuls en tête}} : respecte la difficulté {difficulty}.',
  'hash.fails':
    '{zeros, plural, one {# bit nul en tête} other {# bits nuls en tête}} : ne respecte pas la difficulté {difficulty}.',
};
