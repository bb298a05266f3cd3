import type { SectionTable } from '../../section.ts';
import type { GuideKey } from './en.ts';

export const guideUk: SectionTable<GuideKey> = {
  'guide.title': 'Перші кроки',
  'guide.progress': 'Крок {step} з {total}',
  'guide.node.title': 'Ця вкладка — повний вузол',
  'guide.node.text':
    'У неї власна копія ланцюжка, вона перевіряє кожен отриманий блок і спілкується з вузлами однокласників. Жоден сервер не вирішує за неї.',
  'guide.mine.title': 'Намайніть перший блок',
  'guide.mine.text':
    'Натисніть «{mine}» вище. Вузол перебирає nonce, доки хеш блоку не стане нижчим за ціль складності; блок увійде до вашого ланцюжка, а винагорода за нього — ваша.',
  'guide.send.title': 'Надішліть запис однокласнику',
  'guide.send.text':
    'Натисніть «{send}», виберіть адресу однокласника, напишіть запис і надішліть. Він чекає в мемпулі, доки якийсь вузол не включить його в блок.',
  'guide.next': 'Далі',
  'guide.back': 'Назад',
  'guide.skip': 'Пропустити',
  'guide.done': 'Готово',
};
