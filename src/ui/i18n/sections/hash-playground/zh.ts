import type { SectionTable } from '../../section.ts';
import type { HashPlaygroundKey } from './en.ts';

export const hashPlaygroundZh: SectionTable<HashPlaygroundKey> = {
  'hash.intro': '输入任意文字，观察它的 SHA-256 哈希：只改一个字母，大约一半的比特都会改变。',
  'hash.input': '要计算哈希的文字',
  'hash.hex': '文字的 SHA-256（十六进制）',
  'hash.changed': '自上次编辑以来，64 个字符中有 {changed} 个改变（已标记）。',
  'hash.difficulty': '难度：要求的前导零比特数（0 到 32）',
  'hash.difficultyInvalid': '请输入 0 到 32 之间的整数。',
  'hash.bits': '哈希的前 32 个比特',
  'hash.required': '难度 {difficulty}：上方带横线的每个比特都必须为零。',
  'hash.meets': '前导零比特：{zeros} 个，满足难度 {difficulty}。',
  'hash.fails': '前导零比特：{zeros} 个，不满足难度 {difficulty}。',
};
