// Live roll-call totals: polls the JSON API and updates the quorum box and
// the per-site table in place. No inline script (Content-Security-Policy).
const box = document.querySelector('[data-totals-url]');
const PERIOD_MS = 4000;

function setText(root, field, value) {
  const el = root.querySelector(`[data-field="${field}"]`);
  if (el && value !== undefined && value !== null) {
    el.textContent = String(value);
  }
}

async function refresh() {
  try {
    const response = await fetch(box.dataset.totalsUrl, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (!response.ok) {
      return;
    }
    const totals = await response.json();
    setText(box, 'summoned', totals.summoned);
    setText(box, 'present', totals.present);
    setText(box, 'required', totals.required);
    box.classList.toggle('reached', totals.quorumReached);
    box.classList.toggle('not-reached', !totals.quorumReached);
    box.querySelector('[data-show="reached"]').hidden = !totals.quorumReached;
    box.querySelector('[data-show="not-reached"]').hidden = totals.quorumReached;
    for (const site of totals.sites) {
      const row = document.querySelector(`tr[data-site="${site.siteId}"]`);
      if (row) {
        setText(row, 'summoned', site.summoned);
        setText(row, 'present', site.present);
        setText(row, 'absent', site.counted ? '\u2013' : site.absent);
        setText(row, 'excused', site.counted ? '\u2013' : site.excused);
        setText(row, 'unmarked', site.counted ? '\u2013' : site.unmarked);
      }
    }
  } catch (e) {
    // offline for a moment: try again at the next tick
  }
}

if (box) {
  setInterval(refresh, PERIOD_MS);
}
