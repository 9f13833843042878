// The shipped styles.css has light-dark() lowered by the build (custom-property toggles driven by
// color-scheme, see scripts/postbuild.mjs). Textual checks cannot tell whether the toggles still pick
// the right side, so this renders the built file and the source side by side in Chromium (which has
// light-dark() natively) and compares the computed colours for every way a scheme is chosen.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../e2e/browser';

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(() => browser?.close());

const BUILT = readFileSync('dist/styles.css', 'utf8');
const SOURCE = readFileSync('src/styled/styles.css', 'utf8');

// Each .rcr root the kit can render, by how its scheme is chosen, plus a nested part.
const BODY = `
  <div class="rcr" id="auto"><p class="rcr-hint" id="auto-hint">hint</p></div>
  <div class="rcr" data-theme="light" id="light"></div>
  <div class="rcr" data-theme="dark" id="dark"></div>`;

type Colours = Record<string, { color: string; background: string; border: string }>;

async function coloursWith(css: string, scheme: 'light' | 'dark'): Promise<Colours> {
  const page: Page = await browser!.newPage();
  try {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setContent(
      `<!doctype html><html><head><style>${css}</style></head><body>${BODY}</body></html>`,
    );
    return await page.evaluate(() => {
      const out: Record<string, { color: string; background: string; border: string }> = {};
      for (const el of document.querySelectorAll<HTMLElement>('[id]')) {
        const s = getComputedStyle(el);
        out[el.id] = { color: s.color, background: s.backgroundColor, border: s.borderTopColor };
      }
      return out;
    });
  } finally {
    await page.close();
  }
}

describe('the built styles.css in Chromium', { timeout: 30_000 }, () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`picks the same colours as the source with prefers-color-scheme: ${scheme}`, async () => {
      const built = await coloursWith(BUILT, scheme);
      expect(built).toEqual(await coloursWith(SOURCE, scheme));
    });
  }

  // What a browser of the floor without light-dark() (Safari 16.4–17.4, Chrome 111–122) does with
  // a declaration that uses it: drops it. The built file must lose nothing that way.
  it('keeps every colour where light-dark() is not supported', async () => {
    const withoutLightDark = (css: string) => css.replace(/[\w-]+\s*:[^;{}]*light-dark\([^;{}]*;?/g, '');
    for (const scheme of ['light', 'dark'] as const) {
      expect(await coloursWith(withoutLightDark(BUILT), scheme), scheme).toEqual(
        await coloursWith(SOURCE, scheme),
      );
    }
    expect(withoutLightDark(SOURCE)).not.toBe(SOURCE);
  });

  it('follows the user preference by default and data-theme over it', async () => {
    const light = await coloursWith(BUILT, 'light');
    const dark = await coloursWith(BUILT, 'dark');
    // The automatic root and its parts change with the preference…
    expect(light.auto!.background).not.toBe(dark.auto!.background);
    expect(light['auto-hint']!.color).not.toBe(dark['auto-hint']!.color);
    // …and a forced theme does not, and matches the automatic root of that scheme.
    expect(light.light).toEqual(dark.light);
    expect(light.dark).toEqual(dark.dark);
    expect(dark.light!.background).toBe(light.auto!.background);
    expect(light.dark!.background).toBe(dark.auto!.background);
    expect(light.auto!.background).toBe('rgb(255, 255, 255)');
    expect(dark.auto!.background).toBe('rgb(22, 27, 38)');
  });
});
