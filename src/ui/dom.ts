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
 * keeps the order of `keys`. No rebuild of the whole list on every change.
 */
export function syncList<T>(
  list: HTMLElement,
  items: readonly T[],
  keyOf: (item: T) => string,
  create: (item: T) => HTMLElement,
): void {
  const existing = new Map<string, HTMLElement>();
  for (const child of [...list.children]) {
    if (child instanceof HTMLElement && child.dataset.key !== undefined) existing.set(child.dataset.key, child);
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
  }
  for (const stale of existing.values()) stale.remove();
}

export function shortHash(hash: string): string {
  return `${hash.slice(0, 12)}…`;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
