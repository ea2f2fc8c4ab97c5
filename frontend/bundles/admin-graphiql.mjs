// GraphiQL for administrators, served from our origin: an editor for queries against /api/graphql
// with the schema's documentation. Requests go without the admin cookie's rights: they are anonymous
// unless a bearer token is pasted in the Headers tab ({"Authorization": "Bearer …"}).
// The app is bundled from the entry below; the page loads admin-graphiql.js and admin-graphiql.css.
const entry = `
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';

const host = document.getElementById('graphiql');
if (host) {
  const endpoint = host.dataset.endpoint;
  const fetcher = async (params, options) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', ...(options?.headers ?? {}) },
      body: JSON.stringify(params),
    });
    return response.json();
  };
  // The height is set from script: the page's policy allows no inline style attribute.
  host.style.height = '75vh';
  createRoot(host).render(React.createElement(GraphiQL, { fetcher, defaultQuery: host.dataset.defaultQuery, isHeadersEditorEnabled: true, shouldPersistHeaders: false }));
}
`;

export async function build({ browserBundle, outdir, root }) {
  await browserBundle({
    stdin: { contents: entry, resolveDir: root, loader: 'js', sourcefile: 'admin-graphiql-entry.js' },
    outfile: `${outdir}/admin-graphiql.js`,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}
