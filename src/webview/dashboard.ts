// The Evidence Dashboard's only script, run inside the webview (a browser page,
// not the extension host). Buttons become messages to the extension, which
// checks each one (src/core/dashboardMessage.ts); the scroll position survives
// the re-render after a change.
import type { DashboardMessage } from '../core/render/dashboardMessage';

interface WebviewApi {
  postMessage(message: DashboardMessage): void;
  getState(): unknown;
  setState(state: SavedState): void;
}

interface SavedState {
  readonly scrollY: number;
}

declare function acquireVsCodeApi(): WebviewApi;

const vscode = acquireVsCodeApi();

const saved = vscode.getState() as Partial<SavedState> | undefined;
if (typeof saved?.scrollY === 'number') {
  window.scrollTo(0, saved.scrollY);
}
window.addEventListener('scroll', () => vscode.setState({ scrollY: window.scrollY }), { passive: true });

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>('button[data-action]') : null;
  const message = button ? messageOf(button.dataset) : undefined;
  if (message) {
    vscode.postMessage(message);
  }
});

function messageOf(data: DOMStringMap): DashboardMessage | undefined {
  if (data.action === 'openEntry' && data.path) {
    return { type: 'openEntry', path: data.path, journalIndex: Number(data.journal) };
  }
  if (data.action === 'logWin' && data.element) {
    return { type: 'logWin', elementId: data.element };
  }
  return undefined;
}
