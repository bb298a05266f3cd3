// A small Postman for phones: the seed's five endpoints sent to this node from the page, the body prefilled with
// the paper's example (as this node would send it), and the answer shown as the seed gives it. The same seed API
// answers the HTTP bridge and `window.blockchain`.
import { type FullNode, SEED_ROUTES, type SeedRoute } from '../node/index.ts';
import { bind, byId, h, setFieldError, setText, type Unbind } from './dom.ts';
import { t } from './i18n/index.ts';
import { seedAnswer } from './seed-answer.ts';

/** HTTP reason phrases of the statuses the seed API answers with. */
const REASONS: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
};

/** The paper's example body for a route, with this node's own address and a node to register. */
function exampleBody(route: SeedRoute, node: FullNode): string {
  if (route.path === '/transactions/new') {
    return JSON.stringify({ sender: node.address, recipient: 'thermometer-7', info: 'temperature: 21.5C' }, null, 2);
  }
  if (route.path === '/nodes/register') {
    const known = node.snapshot().peers.map((peer) => peer.id);
    return JSON.stringify({ nodes: known.length > 0 ? known.slice(0, 1) : ['n-...'] }, null, 2);
  }
  return '';
}

function routeLabel(route: SeedRoute): string {
  return `${route.method} ${route.path}`;
}

export function mountRequestPanelView(node: FullNode, doc: Document): Unbind {
  const $ = <T extends HTMLElement>(id: string, type: new () => T) => byId(doc, id, type);
  const endpoint = $('request-endpoint', HTMLSelectElement);
  const body = $('request-body', HTMLTextAreaElement);
  const bodyError = $('request-body-error', HTMLElement);
  const status = $('request-status', HTMLElement);
  const response = $('request-response', HTMLElement);
  $('requests', HTMLElement).hidden = false;
  endpoint.replaceChildren(...SEED_ROUTES.map((route, i) => h('option', { value: String(i) }, routeLabel(route))));
  const selected = (): SeedRoute =>
    SEED_ROUTES[Number(endpoint.value)] ?? SEED_ROUTES[0] ?? { method: 'GET', path: '/chain' };
  const prefill = () => {
    const route = selected();
    body.value = exampleBody(route, node);
    body.disabled = route.method === 'GET';
    setFieldError(bodyError, body, '');
  };
  prefill();
  const unbinds = [
    bind(endpoint, 'change', prefill),
    bind<SubmitEvent>($('request-form', HTMLFormElement), 'submit', async (event) => {
      event.preventDefault();
      const route = selected();
      let parsed: unknown;
      if (route.method === 'POST') {
        try {
          parsed = JSON.parse(body.value);
        } catch (error) {
          setFieldError(bodyError, body, t('requests.notJson', { error: error instanceof Error ? error.message : '' }));
          body.focus();
          return;
        }
      }
      setFieldError(bodyError, body, '');
      setText(status, t('requests.sending', { endpoint: routeLabel(route) }));
      setText(response, '');
      const answer = await seedAnswer(node, { method: route.method, path: route.path, body: parsed });
      setText(status, t('requests.status', { status: answer.status, reason: REASONS[answer.status] ?? '' }));
      setText(response, typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body, null, 2));
    }),
  ];
  return () => {
    for (const unbind of unbinds) unbind();
  };
}
