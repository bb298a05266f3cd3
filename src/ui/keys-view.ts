// Keys and signatures: this node's public key and the address cut from its hash, the private key shown only while
// asked for, a text signed with the node's key and checked again as the student edits it, and any signed transaction
// of the chain checked by the core in front of the student, with a tampered copy that fails.
import { bytesToHex, type Transaction } from '../core/index.ts';
// Types only from the node: a value import would split the page's own modules into shared chunks (+2 kB gzip).
import type { FullNode } from '../node/index.ts';
import { BURST_REDRAW_MS, bind, byId, h, redrawScheduler, setFieldError, setText, type Unbind } from './dom.ts';
import { isMessageKey, t } from './i18n/index.ts';
import type { KeysKey } from './i18n/sections/keys/en.ts';
import { keysTexts as texts } from './i18n/sections/keys/index.ts';
import {
  addressDerivation,
  checkSignedText,
  type Difference,
  differences,
  NETWORK_TAG_BYTES,
  type Placed,
  readSignature,
  signedTransactionsNewestFirst,
  type TextVerdict,
  tamperedCopy,
  transactionAt,
} from './keys-model.ts';
import './keys.css';

/** The newest signed transactions offered in the list; older ones open by block and position. */
const LISTED_TRANSACTIONS = 40;

const code = (id: string, ...children: Array<Node | string>) => h('code', { id, class: 'keys-hex' }, ...children);
const caption = (key: KeysKey) => h('p', { class: 'keys-caption', 'data-i18n': key });
const label = (id: string, key: KeysKey) => h('label', { for: id, 'data-i18n': key });
const hint = (key: KeysKey, id?: string) => h('p', { class: 'hint', 'data-i18n': key, ...(id ? { id } : {}) });
const status = (id: string) => h('p', { id, role: 'status', class: 'keys-verdict' });

/** Text with the characters that differ from the original in <mark>s. */
function marked(difference: Difference): Array<Node | string> {
  return difference.segments.map((segment) =>
    segment.changed ? h('mark', { class: 'keys-changed' }, segment.text) : segment.text,
  );
}

function markInvalid(field: HTMLElement, invalid: boolean): void {
  if (invalid) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
}

function setVerdict(element: HTMLElement, valid: boolean | null, text: string): void {
  element.classList.toggle('keys-valid', valid === true);
  element.classList.toggle('keys-invalid', valid === false);
  setText(element, text);
}

function reasonText(code: string): string {
  const key = `reason.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

function build(section: HTMLElement) {
  const el = {
    publicKey: code('keys-public'),
    keyHash: code('keys-key-hash'),
    address: code('keys-address'),
    privateToggle: h('button', {
      id: 'keys-private-toggle',
      type: 'button',
      'aria-expanded': 'false',
      'aria-controls': 'keys-private',
    }),
    privateBox: h('div', { id: 'keys-private', class: 'keys-private' }),
    signText: h('textarea', { id: 'keys-sign-text', rows: '2', spellcheck: 'false', autocomplete: 'off' }),
    signButton: h('button', { id: 'keys-sign', type: 'button', 'data-i18n': 'keys.sign' }),
    signed: h('div', { id: 'keys-signed', hidden: '' }),
    prefixNote: h('p', { class: 'hint', id: 'keys-prefix-note' }),
    signature: code('keys-signature'),
    checkText: h('textarea', { id: 'keys-check-text', rows: '2', spellcheck: 'false', autocomplete: 'off' }),
    checkTextDiff: h('p', { id: 'keys-check-text-diff', class: 'keys-diff' }),
    checkSignature: h('textarea', { id: 'keys-check-signature', rows: '3', spellcheck: 'false', autocomplete: 'off' }),
    checkSignatureDiff: h('p', { id: 'keys-check-signature-diff', class: 'keys-diff' }),
    textVerdict: status('keys-text-verdict'),
    none: hint('keys.noneSigned', 'keys-none'),
    recent: h('select', { id: 'keys-recent' }),
    recentBox: h('div', { class: 'keys-field' }),
    placeForm: h('form', { id: 'keys-place', class: 'keys-place', novalidate: '' }),
    block: h('input', { id: 'keys-block', type: 'number', min: '1', step: '1', inputmode: 'numeric' }),
    position: h('input', { id: 'keys-position', type: 'number', min: '0', step: '1', inputmode: 'numeric' }),
    placeError: h('p', { id: 'keys-place-error', class: 'field-error', hidden: '' }),
    opened: h('div', { id: 'keys-opened', hidden: '' }),
    openedTitle: h('h4', { id: 'keys-opened-title' }),
    reward: hint('keys.reward', 'keys-reward'),
    signedTx: h('div', { id: 'keys-signed-tx' }),
    fields: h('dl', { id: 'keys-tx-fields' }),
    messageCaption: h('p', { class: 'keys-caption', id: 'keys-tx-message-caption' }),
    message: code('keys-tx-message'),
    txPublicKey: code('keys-tx-public'),
    txSignature: code('keys-tx-signature'),
    txVerdict: status('keys-tx-verdict'),
    copyAmount: h('input', { id: 'keys-copy-amount', type: 'text', inputmode: 'numeric', autocomplete: 'off' }),
    copyAmountError: h('p', { id: 'keys-copy-amount-error', class: 'field-error', hidden: '' }),
    copyInfo: h('input', { id: 'keys-copy-info', type: 'text', autocomplete: 'off', spellcheck: 'false' }),
    copyMessage: code('keys-copy-message'),
    copyVerdict: status('keys-copy-verdict'),
  };
  el.recentBox.append(label('keys-recent', 'keys.recent'), el.recent);
  el.placeForm.append(
    h('div', { class: 'keys-field' }, label('keys-block', 'keys.block'), el.block),
    h('div', { class: 'keys-field' }, label('keys-position', 'keys.position'), el.position),
    h('button', { type: 'submit', 'data-i18n': 'keys.open' }),
  );
  el.signed.append(
    el.prefixNote,
    caption('keys.signature'),
    h('p', {}, el.signature),
    hint('keys.checkHint'),
    label('keys-check-text', 'keys.textToCheck'),
    el.checkText,
    el.checkTextDiff,
    label('keys-check-signature', 'keys.signatureToCheck'),
    el.checkSignature,
    el.checkSignatureDiff,
    el.textVerdict,
  );
  el.signedTx.append(
    el.fields,
    el.messageCaption,
    h('p', {}, el.message),
    caption('keys.publicKey'),
    h('p', {}, el.txPublicKey),
    caption('keys.signature'),
    h('p', {}, el.txSignature),
    el.txVerdict,
    h('h4', { 'data-i18n': 'keys.copyTitle' }),
    hint('keys.copyHint'),
    label('keys-copy-amount', 'keys.copyAmount'),
    el.copyAmount,
    el.copyAmountError,
    label('keys-copy-info', 'keys.copyInfo'),
    el.copyInfo,
    h('p', {}, el.copyMessage),
    el.copyVerdict,
  );
  el.opened.append(el.openedTitle, el.reward, el.signedTx);
  el.copyAmount.setAttribute('aria-describedby', 'keys-copy-amount-error');
  el.block.setAttribute('aria-describedby', 'keys-place-error');
  el.position.setAttribute('aria-describedby', 'keys-place-error');
  section.append(
    hint('keys.intro'),
    h('h3', { 'data-i18n': 'keys.pairTitle' }),
    h(
      'dl',
      {},
      h('dt', { 'data-i18n': 'keys.publicKey' }),
      h('dd', {}, el.publicKey),
      h('dt', { 'data-i18n': 'keys.hashOfKey' }),
      h('dd', {}, el.keyHash),
      h('dt', { 'data-i18n': 'keys.address' }),
      h('dd', {}, el.address),
    ),
    hint('keys.derivation'),
    h('p', { class: 'keys-warning', id: 'keys-private-warning', 'data-i18n': 'keys.privateWarning' }),
    el.privateToggle,
    el.privateBox,
    h('h3', { 'data-i18n': 'keys.signTitle' }),
    label('keys-sign-text', 'keys.textToSign'),
    el.signText,
    el.signButton,
    el.signed,
    h('h3', { 'data-i18n': 'keys.txTitle' }),
    hint('keys.txHint'),
    el.none,
    el.recentBox,
    el.placeForm,
    el.placeError,
    el.opened,
  );
  el.privateToggle.setAttribute('aria-describedby', 'keys-private-warning');
  return el;
}
type Elements = ReturnType<typeof build>;

function showKeyPair(el: Elements, node: FullNode): void {
  const derivation = addressDerivation(node.publicKey);
  el.publicKey.textContent = derivation.publicKeyHex;
  const cut = derivation.addressHexLength;
  el.keyHash.replaceChildren(
    h('mark', { class: 'keys-address-part' }, derivation.hashHex.slice(0, cut)),
    derivation.hashHex.slice(cut),
  );
  el.address.textContent = derivation.address;
}

/** The private key enters the page only while shown: hiding it removes its text, not just its visibility. */
function togglePrivateKey(el: Elements, node: FullNode): void {
  const showing = el.privateToggle.getAttribute('aria-expanded') !== 'true';
  el.privateToggle.setAttribute('aria-expanded', String(showing));
  setText(el.privateToggle, texts.t(showing ? 'keys.hide' : 'keys.show'));
  if (!showing) {
    el.privateBox.replaceChildren();
    return;
  }
  const secret = node.exportPrivateKey();
  const hex = bytesToHex(secret);
  secret.fill(0);
  el.privateBox.replaceChildren(
    h('p', { class: 'keys-caption' }, texts.t('keys.privateKey')),
    h('p', {}, code('keys-private-value', hex)),
    h('p', { class: 'hint' }, texts.t('keys.privateStored')),
  );
}

/** The edited text with what differs from the original marked, and a line saying how many characters differ. */
function differenceLine(target: HTMLElement, original: string, edited: string): void {
  const difference = differences(original, edited);
  const count = difference.count === 0 ? texts.t('keys.same') : texts.t('keys.differs', { count: difference.count });
  const shown = edited === '' ? [] : [h('span', { class: 'keys-edited' }, ...marked(difference))];
  target.replaceChildren(...shown, h('span', { class: 'hint keys-diff-count' }, count));
}

const TEXT_VERDICT_WORDS: Readonly<Record<TextVerdict, KeysKey>> = {
  valid: 'keys.textValid',
  invalid: 'keys.textInvalid',
  'not-a-signature': 'keys.notASignature',
};

function textChecker(el: Elements, node: FullNode) {
  let original: { text: string; signature: string } | null = null;
  const check = () => {
    if (original === null) return;
    differenceLine(el.checkTextDiff, original.text, el.checkText.value);
    differenceLine(el.checkSignatureDiff, original.signature, el.checkSignature.value.trim().toLowerCase());
    const verdict = checkSignedText(
      (text, signature) => node.verifyText(text, signature),
      el.checkText.value,
      el.checkSignature.value,
    );
    setVerdict(el.textVerdict, verdict === 'valid', texts.t(TEXT_VERDICT_WORDS[verdict]));
  };
  const sign = () => {
    const text = el.signText.value;
    const signed = node.signText(text);
    const signature = bytesToHex(signed.signature);
    original = { text, signature };
    // The prefix as the node signed it: the message's text without the student's at its end.
    const message = new TextDecoder().decode(signed.message);
    const prefix = message.slice(0, message.length - text.length).trimEnd();
    setText(el.prefixNote, texts.t('keys.prefixNote', { prefix }));
    el.signature.textContent = signature;
    el.checkText.value = text;
    el.checkSignature.value = signature;
    el.signed.hidden = false;
    check();
  };
  return [
    bind(el.signButton, 'click', sign),
    bind(el.checkText, 'input', check),
    bind(el.checkSignature, 'input', check),
  ];
}

function shortRecipient(recipient: string): string {
  return [...recipient].length > 14 ? `${[...recipient].slice(0, 12).join('')}…` : recipient;
}

function transactionFields(transaction: Transaction): HTMLElement[] {
  const rows: Array<[KeysKey, string]> = [
    ['keys.sender', transaction.sender],
    ['keys.recipient', transaction.recipient],
    ['keys.amount', String(transaction.amount)],
    ['keys.info', transaction.info],
  ];
  return rows.flatMap(([key, value]) => [h('dt', {}, texts.t(key)), h('dd', {}, value)]);
}

function transactionChecker(el: Elements, node: FullNode) {
  let opened: Placed | null = null;
  /** The opened transaction's signed message in hex: what the copy's is compared with. */
  let originalHex = '';

  const checkCopy = () => {
    if (!opened) return;
    const copy = tamperedCopy(opened.transaction, { amount: el.copyAmount.value, info: el.copyInfo.value });
    const badAmount = !copy.ok && copy.code === 'amount';
    setFieldError(el.copyAmountError, el.copyAmount, badAmount ? texts.t('keys.amountInvalid') : '');
    if (badAmount) {
      el.copyMessage.replaceChildren();
      setVerdict(el.copyVerdict, null, '');
      return;
    }
    const reading = copy.ok ? readSignature(copy.value, node.params) : null;
    el.copyMessage.replaceChildren(...(reading ? marked(differences(originalHex, bytesToHex(reading.message))) : []));
    const verdict = copy.ok ? reading?.verdict : copy;
    if (!verdict || verdict.ok) setVerdict(el.copyVerdict, true, texts.t('keys.txValid'));
    else setVerdict(el.copyVerdict, false, texts.t('keys.txInvalid', { reason: reasonText(verdict.code) }));
  };

  const open = (placed: Placed) => {
    opened = placed;
    el.opened.hidden = false;
    setText(el.openedTitle, texts.t('keys.opened', { block: placed.block, position: placed.position }));
    el.block.value = String(placed.block);
    el.position.value = String(placed.position);
    el.recent.value = `${placed.block}:${placed.position}`;
    const reading = readSignature(placed.transaction, node.params);
    el.reward.hidden = reading !== null;
    el.signedTx.hidden = reading === null;
    if (reading === null) return;
    el.fields.replaceChildren(...transactionFields(placed.transaction));
    const hex = bytesToHex(reading.message);
    originalHex = hex;
    const tagHex = NETWORK_TAG_BYTES * 2;
    el.message.replaceChildren(h('span', { class: 'keys-tag' }, hex.slice(0, tagHex)), hex.slice(tagHex));
    el.txPublicKey.textContent = bytesToHex(reading.publicKey);
    el.txSignature.textContent = bytesToHex(reading.signature);
    if (reading.verdict.ok) setVerdict(el.txVerdict, true, texts.t('keys.txValid'));
    else setVerdict(el.txVerdict, false, texts.t('keys.txInvalid', { reason: reasonText(reading.verdict.code) }));
    el.copyAmount.value = String(placed.transaction.amount);
    el.copyInfo.value = placed.transaction.info;
    checkCopy();
  };

  let listed: Placed[] = [];
  const list = () => {
    listed = signedTransactionsNewestFirst(node.chain, LISTED_TRANSACTIONS);
    el.none.hidden = listed.length > 0;
    el.recentBox.hidden = listed.length === 0;
    el.recent.replaceChildren(
      ...listed.map(({ block, position, transaction }) =>
        h(
          'option',
          { value: `${block}:${position}` },
          texts.t('keys.txOption', {
            block,
            position,
            amount: transaction.amount,
            recipient: shortRecipient(transaction.recipient),
          }),
        ),
      ),
    );
    if (opened) el.recent.value = `${opened.block}:${opened.position}`;
    const newest = listed[0];
    if (!opened && newest) open(newest);
  };

  const openTyped = (event: Event) => {
    event.preventDefault();
    const found = transactionAt(node.chain, el.block.value, el.position.value);
    const problem = found.ok ? '' : texts.t(found.problem === 'block' ? 'keys.noBlock' : 'keys.noPosition');
    setFieldError(el.placeError, null, problem);
    markInvalid(el.block, !found.ok && found.problem === 'block');
    markInvalid(el.position, !found.ok && found.problem === 'position');
    if (found.ok) open(found.placed);
  };
  const openListed = () => {
    const chosen = listed.find(({ block, position }) => `${block}:${position}` === el.recent.value);
    if (chosen) open(chosen);
  };

  const redraw = redrawScheduler(list, BURST_REDRAW_MS, el.recentBox);
  list();
  setText(el.messageCaption, texts.t('keys.message', { room: node.network }));
  return [
    bind(el.placeForm, 'submit', openTyped),
    bind(el.recent, 'change', openListed),
    bind(el.copyAmount, 'input', checkCopy),
    bind(el.copyInfo, 'input', checkCopy),
    node.subscribe((event) => event.type === 'block' && redraw.schedule()),
    redraw.cancel,
  ];
}

/** Builds the view into its section once its words (their own chunk) are loaded, and shows it. */
export async function mountKeysView(node: FullNode, doc: Document): Promise<Unbind> {
  const section = byId(doc, 'keys', HTMLElement);
  await texts.load();
  const el = build(section);
  texts.translate(section);
  setText(el.privateToggle, texts.t('keys.show'));
  showKeyPair(el, node);
  const unbinds = [
    bind(el.privateToggle, 'click', () => togglePrivateKey(el, node)),
    ...textChecker(el, node),
    ...transactionChecker(el, node),
  ];
  section.hidden = false;
  return () => {
    for (const unbind of unbinds) unbind();
    section.hidden = true;
  };
}
