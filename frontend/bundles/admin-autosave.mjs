// The content editor's safety net: a warning before leaving the page with unsaved changes and, for
// types with drafts, a draft saved in the background (only when something changed, at most every
// 30 seconds) through the editor's antiforgery-protected Autosave handler, which never publishes and
// refuses to save over someone else's newer version. Without JavaScript the form works as before.
// This one file is both the bundle's build step (run by build.mjs under Node) and the browser code.
export async function build({ browserBundle, outdir }) {
  await browserBundle({ entryPoints: [new URL(import.meta.url).pathname], outfile: `${outdir}/admin-autosave.js` });
}

const interval = 30000;

function watch(form) {
  const status = document.getElementById('autosave-status');
  const url = form.dataset.autosaveUrl;
  // What the editor typed: the version the form builds on and the antiforgery token are not changes.
  const snapshot = () => {
    const data = new URLSearchParams(new FormData(form));
    data.delete('BaseVersionId');
    data.delete('__RequestVerificationToken');
    return data.toString();
  };
  let saved = snapshot();
  let submitting = false;
  let stopped = false;
  let busy = false;

  const dirty = () => snapshot() !== saved;
  const say = text => { if (status) { status.textContent = text; status.classList.remove('visually-hidden'); } };

  window.addEventListener('beforeunload', event => {
    if (submitting || !dirty()) return;
    event.preventDefault();
    // Browsers show their own words; older ones read this value.
    event.returnValue = form.dataset.unsavedWarning || '';
  });
  // A submit from the form or from a button outside it (form="content-form") leaves on purpose.
  document.addEventListener('submit', event => { if (event.target === form) submitting = true; }, true);

  if (!url) return;
  async function autosave() {
    if (stopped || busy || submitting || !dirty()) return;
    busy = true;
    const body = new FormData(form);
    const sent = snapshot();
    try {
      const response = await fetch(url, { method: 'POST', body, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      const answer = response.headers.get('content-type')?.includes('json') ? await response.json() : {};
      if (response.ok) {
        // The next save (automatic or not) builds on the version just written.
        const base = form.querySelector('input[name="BaseVersionId"]');
        if (base && answer.versionId) base.value = answer.versionId;
        // What was typed while the request ran stays unsaved.
        saved = sent;
        say(answer.message || '');
      } else if (response.status === 409) {
        stopped = true;
        say(answer.message || form.dataset.autosaveFailed || '');
      } else {
        say(answer.message || form.dataset.autosaveFailed || '');
      }
    } catch {
      say(form.dataset.autosaveFailed || '');
    } finally {
      busy = false;
    }
  }
  window.setInterval(autosave, interval);
}

if (typeof document !== 'undefined') {
  const form = document.getElementById('content-form');
  if (form) watch(form);
}
