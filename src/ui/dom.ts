// Small DOM helpers: typed lookups that fail loudly, element creation without HTML parsing, binds that unbind.

export function byId<T extends HTMLElement>(root: Document, id: string, type: new () => T): T {
  const element = root.getElementById(id);
  // A missing element means index.html and the code disagree: a programmer error, so throw.
  if (!(element instanceof type)) throw new TypeError(`index.html has no <${type.name}> with id "${id}"`);
  return element;
}

type Child = Node | string;

/** Creates an element; text goes in as text nodes, never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

export type Unbind = () => void;

export function bind<E extends Event>(
  target: EventTarget,
  type: string,
  handler: (event: E) => void,
  options?: AddEventListenerOptions,
): Unbind {
  const listener = handler as EventListener;
  target.addEventListener(type, listener, options);
  return () => target.removeEventListener(type, listener, options);
}

/** Sets text only when it changed: renders stay cheap when called every frame. */
export function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** Shows a message under a field (or hides it when empty) and marks the field for screen readers. */
export function setFieldError(message: HTMLElement, field: HTMLElement | null, text: string): void {
  message.hidden = text === '';
  setText(message, text);
  if (field) {
    if (text === '') field.removeAttribute('aria-invalid');
    else field.setAttribute('aria-invalid', 'true');
  }
}

/**
 * Keyed list update: reuses the element of every key still present, creates the new ones, removes the rest, and
 * keeps the order of `keys`. No rebuild of the whole list on every change. `update`, if given, runs for every item
 * with its element (new or reused), for the parts that change while the key stays.
 */
export function syncList<T, E extends HTMLElement = HTMLElement>(
  list: HTMLElement,
  items: readonly T[],
  keyOf: (item: T) => string,
  create: (item: T) => E,
  update?: (element: E, item: T) => void,
): void {
  const existing = new Map<string, E>();
  for (const child of [...list.children]) {
    // Every keyed child was made by `create`, so it is an E.
    if (child instanceof HTMLElement && child.dataset.key !== undefined) existing.set(child.dataset.key, child as E);
  }
  let cursor: Element | null = list.firstElementChild;
  for (const item of items) {
    const key = keyOf(item);
    let element = existing.get(key);
    if (element) existing.delete(key);
    else {
      element = create(item);
      element.dataset.key = key;
    }
    if (element !== cursor) list.insertBefore(element, cursor);
    else cursor = cursor.nextElementSibling;
    update?.(element, item);
  }
  for (const stale of existing.values()) stale.remove();
}

/** A hash's first characters on a colour of its own: equal hashes get equal chips, so links can be seen at a glance. */
export function hashChip(hash: string): HTMLElement {
  const hue = Number.parseInt(hash.slice(0, 6), 16) % 360;
  return h(
    'span',
    { class: 'chip', style: `--hue: ${Number.isFinite(hue) ? hue : 0}`, 'aria-hidden': 'true' },
    hash.slice(0, 6),
  );
}

export function shortHash(hash: string): string {
  return `${hash.slice(0, 12)}…`;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an SVG element the same way `h` creates HTML ones: attributes set one by one, text as text nodes. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** How often at most a view redraws for what arrives in bursts (blocks in a sync, traffic): four times a second
 *  reads as live, and a 10,000-block sync was spending a sixth of its page thread on redraws at one per frame. */
export const BURST_REDRAW_MS = 250;

/**
 * How long a redraw for what the node does (a scheduler with a minimum interval) waits after the event that asked for
 * it: about a block's trip across a room. Tabs sharing a CPU (a lesson on one laptop, the bench's 8 tabs on 2 cores)
 * each drew a new block the moment it landed there, and those frames took the cores from the tabs it had not reached
 * yet: the last of 8 tabs had it ~60 ms after the first, ~30 ms with the drawing this much later
 * (bench/propagation.ts, traced). 40 ms more before a block shows on the page goes unseen.
 */
export const NODE_REDRAW_DELAY_MS = 40;

/** How near the viewport a view counts as on screen, so it is current by the time it scrolls in. */
const ON_SCREEN_MARGIN = '200px';
/** How often at most a view off screen redraws: rarely enough to cost nothing per block, often enough that what a
 *  screen reader or a test reads there is never more than a moment old. */
export const OFF_SCREEN_REDRAW_MS = 2_000;

/** The part of IntersectionObserver a redraw scheduler uses; absent (Node, old browsers) means always on screen. */
type VisibilityWatch = (target: Element, onChange: (onScreen: boolean) => void) => () => void;

function watchVisibility(target: Element, onChange: (onScreen: boolean) => void): () => void {
  if (typeof IntersectionObserver !== 'function') return () => {};
  const observer = new IntersectionObserver(
    (entries) => {
      const latest = entries.at(-1);
      if (latest !== undefined) onChange(latest.isIntersecting);
    },
    { rootMargin: ON_SCREEN_MARGIN },
  );
  observer.observe(target);
  return () => observer.disconnect();
}

/**
 * Coalesces redraw requests: at most one per animation frame, and no closer together than `minIntervalMs`, so a
 * burst of events (a 10,000-block sync) costs a few redraws, not one per event. With `slowWhileOffScreen`, requests
 * made while that element is off screen (or hidden) redraw at most every OFF_SCREEN_REDRAW_MS, and at once when it
 * comes into view: a page holds a dozen views below the fold, and redrawing them all for every block cost each tab
 * about 25 ms a block, which a block's trip across 8 tabs on two cores paid several times over. A scheduler with a
 * `minIntervalMs` redraws for what the node does, and also waits NODE_REDRAW_DELAY_MS after a quiet spell's first
 * request; one without redraws for the user, in the next frame.
 */
export function redrawScheduler(
  render: () => void,
  minIntervalMs = 0,
  slowWhileOffScreen?: Element,
  watch: VisibilityWatch = watchVisibility,
): { schedule: () => void; cancel: () => void } {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = Number.NEGATIVE_INFINITY;
  let offScreen = false;
  const run = () => {
    frame = 0;
    timer = undefined;
    last = performance.now();
    render();
  };
  const delay = minIntervalMs > 0 ? NODE_REDRAW_DELAY_MS : 0;
  const request = (leastWaitMs: number) => {
    if (frame !== 0 || timer !== undefined) return;
    const interval = offScreen ? Math.max(minIntervalMs, OFF_SCREEN_REDRAW_MS) : minIntervalMs;
    const wait = Math.max(last + interval - performance.now(), leastWaitMs);
    if (wait > 0) timer = setTimeout(() => (frame = requestAnimationFrame(run)), wait);
    else frame = requestAnimationFrame(run);
  };
  const schedule = () => request(delay);
  const unwatch =
    slowWhileOffScreen === undefined
      ? () => {}
      : watch(slowWhileOffScreen, (onScreen) => {
          offScreen = !onScreen;
          // A redraw held back for being off screen is due now that the view shows (the user scrolled: no delay).
          if (onScreen && timer !== undefined) {
            clearTimeout(timer);
            timer = undefined;
            request(0);
          }
        });
  return {
    schedule,
    cancel() {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      unwatch();
    },
  };
}
