// The admin's rich text editor: TipTap over each <textarea data-rich-text>, which stays in the form and
// receives the HTML on every change (the server sanitizes it on save, as without JavaScript). The
// toolbar follows the WAI-ARIA toolbar pattern (one tab stop, arrow keys between buttons); its labels
// come from the page in the admin's language (data-rich-text-labels).
// This one file is both the bundle's build step (run by build.mjs under Node) and the browser code
// it bundles (which only starts where there is a document).
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

export async function build({ browserBundle, outdir }) {
  await browserBundle({ entryPoints: [new URL(import.meta.url).pathname], outfile: `${outdir}/admin-rich-text.js` });
}

const buttons = [
  { name: 'bold', run: c => c.toggleBold(), active: e => e.isActive('bold') },
  { name: 'italic', run: c => c.toggleItalic(), active: e => e.isActive('italic') },
  { name: 'heading2', run: c => c.toggleHeading({ level: 2 }), active: e => e.isActive('heading', { level: 2 }) },
  { name: 'heading3', run: c => c.toggleHeading({ level: 3 }), active: e => e.isActive('heading', { level: 3 }) },
  { name: 'bulletList', run: c => c.toggleBulletList(), active: e => e.isActive('bulletList') },
  { name: 'orderedList', run: c => c.toggleOrderedList(), active: e => e.isActive('orderedList') },
  { name: 'blockquote', run: c => c.toggleBlockquote(), active: e => e.isActive('blockquote') },
  { name: 'link', link: true, active: e => e.isActive('link') },
  { name: 'unlink', run: c => c.unsetLink() },
  { name: 'undo', run: c => c.undo() },
  { name: 'redo', run: c => c.redo() },
];

// Only web and mail links: anything else would be dropped by the server anyway.
const safeUrl = url => /^(https?:\/\/|mailto:|\/)/i.test(url.trim());

function enhance(textarea) {
  let labels = {};
  try { labels = JSON.parse(textarea.dataset.richTextLabels || '{}'); } catch { labels = {}; }
  const label = document.querySelector(`label[for="${CSS.escape(textarea.id)}"]`);
  if (label && !label.id) label.id = `${textarea.id}-label`;

  const wrapper = document.createElement('div');
  wrapper.className = 'rich-text';
  const toolbar = document.createElement('div');
  toolbar.className = 'rich-text-toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', labels.toolbar || 'Formatting');
  toolbar.setAttribute('aria-controls', `${textarea.id}-editor`);
  const area = document.createElement('div');
  area.className = 'rich-text-area';
  wrapper.append(toolbar, area);
  textarea.after(wrapper);
  textarea.hidden = true;

  const attributes = {
    id: `${textarea.id}-editor`,
    role: 'textbox',
    'aria-multiline': 'true',
    class: 'rich-text-content',
  };
  if (label) attributes['aria-labelledby'] = label.id;
  for (const name of ['aria-describedby', 'aria-invalid', 'lang']) {
    const value = textarea.getAttribute(name);
    if (value) attributes[name] = value;
  }

  const editor = new Editor({
    element: area,
    // The CSP allows no inline styles: the editor's look is in admin.css.
    injectCSS: false,
    extensions: [StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'], HTMLAttributes: { rel: 'noopener noreferrer', target: null } },
    })],
    content: textarea.value,
    editorProps: { attributes },
    onUpdate: ({ editor: e }) => {
      textarea.value = e.isEmpty ? '' : e.getHTML();
      // Lets the unsaved-changes warning and autosave see the change.
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    },
    onSelectionUpdate: () => refresh(),
    onTransaction: () => refresh(),
  });

  const controls = buttons.map((b, i) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `rich-text-button rich-text-${b.name}`;
    button.textContent = labels[b.name] || b.name;
    button.tabIndex = i === 0 ? 0 : -1;
    if (b.active) button.setAttribute('aria-pressed', 'false');
    button.addEventListener('click', () => {
      if (b.link) {
        const current = editor.getAttributes('link').href || '';
        const url = window.prompt(labels.linkPrompt || 'Link address', current);
        if (url === null) return;
        if (url.trim() === '') editor.chain().focus().extendMarkRange('link').unsetLink().run();
        else if (safeUrl(url)) editor.chain().focus().extendMarkRange('link').setLink({ href: url.trim() }).run();
        else window.alert(labels.linkInvalid || 'Enter an address starting with https://, http://, mailto: or /.');
        return;
      }
      b.run(editor.chain().focus()).run();
    });
    toolbar.append(button);
    return { button, spec: b };
  });

  // One tab stop: arrow keys, Home and End move between the buttons.
  toolbar.addEventListener('keydown', event => {
    const index = controls.findIndex(c => c.button === document.activeElement);
    if (index < 0) return;
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: controls.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = controls[(next + controls.length) % controls.length].button;
    controls.forEach(c => { c.button.tabIndex = c.button === target ? 0 : -1; });
    target.focus();
  });

  function refresh() {
    for (const { button, spec } of controls) {
      if (spec.active) button.setAttribute('aria-pressed', spec.active(editor) ? 'true' : 'false');
    }
  }

  // The label points at the hidden textarea: send its clicks to the editor.
  label?.addEventListener('click', event => { event.preventDefault(); editor.commands.focus(); });
  refresh();
}

if (typeof document !== 'undefined') {
  for (const textarea of document.querySelectorAll('textarea[data-rich-text="true"]')) enhance(textarea);
}
