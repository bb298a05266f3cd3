// The first visit guide view's English texts (its own chunk, loaded with the view: src/ui/i18n/section.ts).

export const guideEn = {
  'guide.title': 'First steps',
  'guide.progress': 'Step {step} of {total}',
  'guide.node.title': 'This tab is a full node',
  'guide.node.text':
    'It keeps its own copy of the chain, checks every block it receives and talks to your classmates’ nodes. No server decides for it.',
  'guide.mine.title': 'Mine your first block',
  'guide.mine.text':
    'Press “{mine}” above. Your node tries nonce after nonce until the block’s hash meets the difficulty; the block joins your chain and its reward is yours.',
  'guide.send.title': 'Send a record to a classmate',
  'guide.send.text':
    'Press “{send}”, pick a classmate’s address, write a record and send it. It waits in the mempool until a node mines it into a block.',
  'guide.next': 'Next',
  'guide.back': 'Back',
  'guide.skip': 'Skip',
  'guide.done': 'Done',
} as const;

export type GuideKey = keyof typeof guideEn;
