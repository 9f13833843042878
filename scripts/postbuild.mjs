// After tsup: the stylesheet, built for the browsers package.json's "browserslist" declares. It is
// never imported from JS, so tsup does not see it. Lightning CSS lowers what those browsers lack
// (light-dark() becomes custom-property toggles driven by color-scheme), so the source stays
// readable and the shipped file still works on the oldest browser supported.
import { readFileSync, writeFileSync } from 'node:fs';
import browserslist from 'browserslist';
import { browserslistToTargets, transform } from 'lightningcss';

/** Lightning CSS targets for the declared browsers (browserslist reads package.json). */
export function cssTargets() {
  return browserslistToTargets(browserslist(undefined, { path: '.' }));
}

const filename = 'src/styled/styles.css';
const { code, warnings } = transform({
  filename,
  code: readFileSync(filename),
  minify: true,
  targets: cssTargets(),
});
for (const warning of warnings) console.warn(`${filename}: ${warning.message}`);
writeFileSync('dist/styles.css', code);
