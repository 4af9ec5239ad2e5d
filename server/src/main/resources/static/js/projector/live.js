// The projector's live view: Server-Sent Events from the server (no polling). Each event
// carries the whole live fragment, rendered and escaped by the server, which replaces the
// old one; the browser's EventSource reconnects by itself after a lost connection.
const root = document.querySelector('[data-stream]');
const target = root && root.querySelector('[data-live-target]');
const indicator = document.querySelector('[data-connection]');

function show(state) {
  if (!indicator) {
    return;
  }
  indicator.dataset.connection = state;
  const text = indicator.dataset[state === 'live' ? 'textLive' : 'textLost'];
  if (text && state !== 'connecting') {
    indicator.textContent = text;
  }
}

if (root && target && 'EventSource' in window) {
  const source = new EventSource(root.dataset.stream);
  source.addEventListener('update', (event) => {
    const template = document.createElement('template');
    template.innerHTML = event.data;
    target.replaceChildren(template.content);
    root.dataset.updates = String(Number(root.dataset.updates || '0') + 1);
    show('live');
  });
  source.addEventListener('open', () => show('live'));
  source.addEventListener('error', () => show('lost'));
}

const fullscreen = document.querySelector('[data-action="fullscreen"]');
if (fullscreen) {
  fullscreen.addEventListener('click', () => {
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else {
      document.documentElement.requestFullscreen().catch(() => {});
    }
  });
}
