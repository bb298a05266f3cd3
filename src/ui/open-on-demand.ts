// Views below the first screen load when opened: when their section comes near the screen, when a link or the URL's
// hash names it (the section menu, an invite to #room-create), or when it is the one section shown (`?view=room`).
// Until then a section shows its heading alone (views.css hides the rest), so a control whose code has not arrived
// cannot be clicked; `data-view-state` says where it is: `waiting`, `loading`, `ready` or `failed`.
import { bind, byId, type Unbind } from './dom.ts';

export type OnDemandView = {
  /** The id of the section it fills: what its link and the URL's hash name. */
  readonly section: string;
  /**
   * Loads the view's code (and words) and mounts it. `opener()` is the link last clicked to go to the section while
   * the view was not mounted yet (a chain card's link to block anatomy names its block), if one was: the view reads
   * it once mounted, so a click while its code was on its way still counts.
   */
  readonly mount: (opener: () => Element | null) => Promise<unknown>;
};

export type OnDemandViews = {
  /** Loads and mounts the view of `section` now, once; resolves when it is mounted (or failed, as the console says). */
  open(section: string): Promise<void>;
  /** Stops watching; views already open stay. */
  stop: Unbind;
};

/**
 * How far below (and above) the screen a section starts loading: its chunk, a few kB, arrives while the user scrolls
 * the last screenful towards it rather than after it appeared empty.
 */
const NEAR_SCREEN_MARGIN = '25% 0px';

/** The on-demand section that holds the element a hash names (`#backup` is in `#chain-files`), or null. */
function sectionNamed(doc: Document, hash: string, sections: ReadonlyMap<string, unknown>): string | null {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  if (id === '') return null;
  if (sections.has(id)) return id;
  let element: Element | null = doc.getElementById(id);
  while (element !== null && !sections.has(element.id)) element = element.parentElement;
  return element?.id ?? null;
}

export function openOnDemand(doc: Document, views: readonly OnDemandView[]): OnDemandViews {
  const byName = new Map(views.map((view) => [view.section, view]));
  const opened = new Map<string, Promise<void>>();
  const openers = new Map<string, Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) void open(entry.target.id);
    },
    { rootMargin: NEAR_SCREEN_MARGIN },
  );
  const settled = (element: HTMLElement, state: 'ready' | 'failed') => {
    openers.delete(element.id);
    element.dataset.viewState = state;
    element.removeAttribute('aria-busy');
    // Sections above may have grown meanwhile: the one the hash names comes back into view.
    if (state === 'ready' && sectionNamed(doc, doc.location.hash, byName) === element.id) element.scrollIntoView();
  };
  const open = (section: string): Promise<void> => {
    const view = byName.get(section);
    if (view === undefined) return Promise.resolve();
    const already = opened.get(section);
    if (already) return already;
    const element = byId(doc, section, HTMLElement);
    observer.unobserve(element);
    element.dataset.viewState = 'loading';
    const mounted = view
      .mount(() => openers.get(section) ?? null)
      .then(
        () => settled(element, 'ready'),
        (error: unknown) => {
          settled(element, 'failed');
          console.error(`the view of #${section} did not load`, error);
        },
      );
    opened.set(section, mounted);
    return mounted;
  };
  const openNamed = (hash: string, opener: Element | null = null) => {
    const section = sectionNamed(doc, hash, byName);
    if (section === null) return;
    if (opener !== null && byId(doc, section, HTMLElement).dataset.viewState !== 'ready') openers.set(section, opener);
    void open(section);
  };
  for (const view of views) {
    const element = byId(doc, view.section, HTMLElement);
    element.dataset.viewState = 'waiting';
    element.setAttribute('aria-busy', 'true');
    element.hidden = false;
    observer.observe(element);
  }
  openNamed(doc.location.hash);
  const unbinds = [
    bind(doc.defaultView ?? window, 'hashchange', () => openNamed(doc.location.hash)),
    // A link to the section the hash already names changes no hash, and still opens it.
    bind<MouseEvent>(doc, 'click', (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (link !== null) openNamed(link.getAttribute('href') ?? '', link);
    }),
  ];
  return {
    open,
    stop: () => {
      observer.disconnect();
      for (const unbind of unbinds) unbind();
    },
  };
}
