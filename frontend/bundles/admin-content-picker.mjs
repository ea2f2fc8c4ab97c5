// A searchable picker for content-reference fields, following the WAI-ARIA combobox pattern (an
// editable input with a list popup): it enhances <select data-content-picker>, which stays in the
// form (hidden) and holds the chosen items, so the form posts the same values with or without
// JavaScript. Results come from the admin's JSON endpoint, which lists only what the user may read.
// This one file is both the bundle's build step (run by build.mjs under Node) and the browser code.
export async function build({ browserBundle, outdir }) {
  await browserBundle({ entryPoints: [new URL(import.meta.url).pathname], outfile: `${outdir}/admin-content-picker.js` });
}

const format = (template, value) => (template || '').replace('{0}', value);

function enhance(select) {
  const text = select.dataset;
  const multiple = select.multiple;
  const id = select.id;
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  if (label && !label.id) label.id = `${id}-label`;

  const wrapper = document.createElement('div');
  wrapper.className = 'picker';
  const chosen = document.createElement('ul');
  chosen.className = 'picker-selected';
  chosen.setAttribute('aria-label', text.pickerSelected || 'Selected');
  const input = document.createElement('input');
  Object.assign(input, { type: 'text', id: `${id}-combo`, autocomplete: 'off', spellcheck: false });
  input.className = 'picker-input';
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', `${id}-listbox`);
  if (label) input.setAttribute('aria-labelledby', label.id);
  const described = select.getAttribute('aria-describedby');
  input.setAttribute('aria-describedby', [described, `${id}-picker-hint`].filter(Boolean).join(' '));
  const hint = document.createElement('p');
  hint.className = 'hint';
  hint.id = `${id}-picker-hint`;
  hint.textContent = text.pickerHint || '';
  const list = document.createElement('ul');
  list.id = `${id}-listbox`;
  list.className = 'picker-listbox';
  list.setAttribute('role', 'listbox');
  if (label) list.setAttribute('aria-labelledby', label.id);
  list.hidden = true;
  const live = document.createElement('p');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  wrapper.append(chosen, hint, input, list, live);
  select.after(wrapper);
  select.hidden = true;
  // The hidden select no longer takes the label's clicks.
  label?.setAttribute('for', input.id);

  let results = [];
  let active = -1;
  let timer = 0;
  let request = 0;

  function renderChosen() {
    chosen.replaceChildren();
    for (const option of select.selectedOptions) {
      if (!option.value) continue;
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = option.textContent;
      if (option.lang) name.lang = option.lang;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'picker-remove';
      remove.textContent = '×';
      remove.setAttribute('aria-label', format(text.pickerRemove, option.textContent));
      remove.addEventListener('click', () => {
        option.selected = false;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        live.textContent = format(text.pickerRemoved, option.textContent);
        renderChosen();
        input.focus();
      });
      item.append(name, ' ', remove);
      chosen.append(item);
    }
    chosen.hidden = chosen.children.length === 0;
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    active = index;
    [...list.children].forEach((li, i) => li.classList.toggle('picker-active', i === index));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function choose(index) {
    const item = results[index];
    if (!item) return;
    if (!multiple) for (const option of select.options) option.selected = false;
    let option = [...select.options].find(o => o.value === item.id);
    if (!option) {
      option = new Option(item.title, item.id);
      option.lang = item.culture;
      select.append(option);
    }
    option.selected = true;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    live.textContent = format(text.pickerChosen, item.title);
    input.value = '';
    close();
    renderChosen();
  }

  async function search() {
    const ticket = ++request;
    const url = new URL(text.pickerUrl, window.location.origin);
    url.searchParams.set('q', input.value.trim());
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok || ticket !== request) return;
      results = (await response.json()).items || [];
    } catch { results = []; }
    if (ticket !== request) return;
    list.replaceChildren(...results.map((item, i) => {
      const li = document.createElement('li');
      li.id = `${id}-option-${i}`;
      li.setAttribute('role', 'option');
      const picked = [...select.selectedOptions].some(o => o.value === item.id);
      li.setAttribute('aria-selected', picked ? 'true' : 'false');
      li.textContent = item.title;
      li.lang = item.culture;
      if (text.pickerShowType === 'true') {
        const type = document.createElement('span');
        type.className = 'picker-type';
        type.textContent = ` (${item.typeLabel})`;
        li.append(type);
      }
      li.addEventListener('mousedown', event => event.preventDefault());
      li.addEventListener('click', () => choose(i));
      return li;
    }));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
    live.textContent = results.length === 0 ? (text.pickerNone || '') : format(text.pickerCount, results.length);
  }

  input.addEventListener('input', () => { window.clearTimeout(timer); timer = window.setTimeout(search, 250); });
  input.addEventListener('blur', () => window.setTimeout(close, 100));
  input.addEventListener('keydown', event => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (list.hidden) { search(); return; }
        highlight(Math.min(active + 1, results.length - 1));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!list.hidden) highlight(Math.max(active - 1, 0));
        break;
      case 'Enter':
        if (!list.hidden && active >= 0) { event.preventDefault(); choose(active); }
        break;
      case 'Escape':
        if (!list.hidden) { event.preventDefault(); close(); } else input.value = '';
        break;
    }
  });
  renderChosen();
}

if (typeof document !== 'undefined') {
  for (const select of document.querySelectorAll('select[data-content-picker="true"]')) enhance(select);
}
