// The admin's map picker for point fields: the browser code lives in src/admin-geo-picker/; this step
// draws the country outlines once (see outlines.js) and hands them to the bundle as a module.
import { join } from 'node:path';
import { drawOutlines } from '../src/admin-geo-picker/outlines.js';

export async function build({ browserBundle, outdir, root }) {
  const outlines = drawOutlines();
  const outlinesModule = {
    name: 'geo-picker-outlines',
    setup(build) {
      build.onResolve({ filter: /^geo-picker:outlines$/ }, args => ({ path: args.path, namespace: 'geo-picker' }));
      build.onLoad({ filter: /.*/, namespace: 'geo-picker' }, () => ({ contents: JSON.stringify(outlines), loader: 'json' }));
    },
  };
  await browserBundle({
    entryPoints: [join(root, 'src', 'admin-geo-picker', 'picker.js')],
    outfile: join(outdir, 'admin-geo-picker.js'),
    plugins: [outlinesModule],
  });
}
