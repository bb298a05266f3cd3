// The page menu: at phone width the room, language and display choices hide behind one button, so the first screen
// is the node and its actions; wider screens show them and style.css hides the button.
import { bind, byId, type Unbind } from './dom.ts';

export function bindPageMenu(doc: Document): Unbind {
  const toggle = byId(doc, 'menu-toggle', HTMLButtonElement);
  const menu = byId(doc, 'page-menu', HTMLElement);
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('open', open);
  };
  const unbinds = [
    bind(toggle, 'click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true')),
    bind<KeyboardEvent>(menu, 'keydown', (event) => {
      if (event.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true') return;
      setOpen(false);
      toggle.focus();
    }),
  ];
  return () => {
    for (const unbind of unbinds) unbind();
  };
}
