// After tsup: React entries get their 'use client' back (esbuild drops directives when it
// bundles), and the stylesheet is minified into dist/ (it is never imported from JS).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { transform } from 'esbuild';

const REACT_ENTRIES = ['dist/index.js'];
for (const file of REACT_ENTRIES) {
  const src = readFileSync(file, 'utf8');
  if (!src.startsWith("'use client'")) writeFileSync(file, `'use client';\n${src}`);
}

if (existsSync('src/styled/styles.css')) {
  const css = readFileSync('src/styled/styles.css', 'utf8');
  const { code } = await transform(css, {
    loader: 'css',
    minify: true,
    target: ['chrome100', 'safari15', 'firefox100'],
  });
  writeFileSync('dist/styles.css', code);
}
