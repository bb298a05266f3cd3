import type { SectionTable } from '../../section.ts';
import type { GuideKey } from './en.ts';

export const guideRu: SectionTable<GuideKey> = {
  'guide.title': 'Первые шаги',
  'guide.progress': 'Шаг {step} из {total}',
  'guide.node.title': 'Эта вкладка — полный узел',
  'guide.node.text':
    'У неё своя копия цепочки, она проверяет каждый полученный блок и общается с узлами одноклассников. Никакой сервер не решает за неё.',
  'guide.mine.title': 'Намайните первый блок',
  'guide.mine.text':
    'Нажмите «{mine}» выше. Узел перебирает nonce, пока хеш блока не станет ниже цели сложности; блок войдёт в вашу цепочку, а награда за него — ваша.',
  'guide.send.title': 'Отправьте запись однокласснику',
  'guide.send.text':
    'Нажмите «{send}», выберите адрес одноклассника, напишите запись и отправьте. Она ждёт в мемпуле, пока какой-нибудь узел не включит её в блок.',
  'guide.next': 'Далее',
  'guide.back': 'Назад',
  'guide.skip': 'Пропустить',
  'guide.done': 'Готово',
};
