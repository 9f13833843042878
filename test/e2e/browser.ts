// Chromium for the end-to-end tests: Debian's (or CHROMIUM_PATH), never a download, launched with
// the flags that let it run as root in a container. Plus the few things every e2e test watches:
// console errors, the Cognito requests a page sends, axe, and screenshots kept as test artifacts.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from '../../scripts/ensure-chromium.mjs';

/** Where screenshots go: test-results/ is git-ignored and CI keeps it as an artifact. */
export const SCREENSHOT_DIR = resolve('test-results/e2e');

/** Launches headless Chromium (installing Debian's package first when root on Debian and none is found). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: [...CHROMIUM_FLAGS] });
}

/**
 * Collects what a page reports as broken: `console.error` messages and uncaught exceptions.
 * `ignore` filters known noise (e.g. an expected 400 that Chromium logs as a failed resource).
 */
export function watchProblems(page: Page, ignore: (text: string, url: string) => boolean = () => false) {
  const problems: string[] = [];
  page.on('console', (message) => {
    const { url } = message.location();
    // Chromium asks for a favicon on its own; a missing one is not the page's problem.
    if (message.type() === 'error' && !url.endsWith('/favicon.ico') && !ignore(message.text(), url))
      problems.push(`${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

/** The `X-Amz-Target` operation names (`ForgotPassword`, `ConfirmForgotPassword`) of every POST the page sends. */
export function watchCognitoCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const target = request.headers()['x-amz-target'];
    if (request.method() === 'POST' && target)
      calls.push(target.replace(/^AWSCognitoIdentityProviderService\./, ''));
  });
  return calls;
}

/** Saves a full-page screenshot as test-results/e2e/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** What axe should look at, and which of its rules do not apply to the page. */
export interface AxeScope {
  /** A CSS selector to scan instead of the whole document. */
  include?: string;
  /** Rule ids switched off, each with a reason at the call site. */
  disable?: string[];
}

/**
 * axe's violations on the page as `rule (impact): selector…` lines, empty when clean, so a failure
 * says what broke where. Every rule axe enables by default runs (WCAG 2.x A and AA and best practices).
 */
export async function axeViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  if (scope.include) builder = builder.include(scope.include);
  if (scope.disable?.length) builder = builder.disableRules(scope.disable);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The accessible description a screen reader announces with the field: the texts of its
 * `aria-describedby` elements, in order, whitespace collapsed.
 */
export function accessibleDescription(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
