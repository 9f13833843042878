// Render cost of the drop-in on mount, per resend-cooldown tick and per keystroke, in jsdom: React Profiler commits and which components
// rendered. Bundled and run by bench/render-cost.mjs, which installs jsdom and a minimal React
// DevTools hook (to see each commit's fibers) before this module, and so React, loads.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { ConfirmResetForm, PasswordReset } from '../src';
import { createMemoryTransport } from '../src/core';
import { renderedIn } from './render-hook.mjs';

/** What one scenario measured, per keystroke. */
export interface ScenarioResult {
  name: string;
  keys: number;
  /** Profiler onRender calls (commits that touched the form) per keystroke. */
  commitsPerKey: number;
  /** Function/forwardRef/memo component renders per keystroke. */
  rendersPerKey: number;
  /** Which components rendered, with renders per keystroke, most first. */
  components: [string, number][];
}

interface Hook {
  commits: string[][];
}

/** The components whose function ran for one commit (bench/render-hook.mjs, shared with the Chromium pages). */
export { renderedIn };

async function scenario(
  name: string,
  hook: Hook,
  profilerCommits: { n: number },
  keys: string[],
  press: (key: string) => Promise<void>,
): Promise<ScenarioResult> {
  const commitsBefore = profilerCommits.n;
  const hookBefore = hook.commits.length;
  for (const key of keys) await press(key);
  const rendered = hook.commits.slice(hookBefore).flat();
  const counts = new Map<string, number>();
  for (const c of rendered) counts.set(c, (counts.get(c) ?? 0) + 1);
  const per = (n: number) => Math.round((n / keys.length) * 100) / 100;
  return {
    name,
    keys: keys.length,
    commitsPerKey: per(profilerCommits.n - commitsBefore),
    rendersPerKey: per(rendered.length),
    components: [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([c, n]) => [c, per(n)]),
  };
}

/** Counts what rendered between two points, per event (a mount, a tick). */
function tally(
  name: string,
  hook: Hook,
  profilerCommits: { n: number },
  from: [number, number],
  events: number,
) {
  const rendered = hook.commits.slice(from[1]).flat();
  const counts = new Map<string, number>();
  for (const c of rendered) counts.set(c, (counts.get(c) ?? 0) + 1);
  const per = (n: number) => Math.round((n / events) * 100) / 100;
  return {
    name,
    keys: events,
    commitsPerKey: per(profilerCommits.n - from[0]),
    rendersPerKey: per(rendered.length),
    components: [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([c, n]) => [c, per(n)] as [string, number]),
  };
}

/** Waits (real time) until `check()` holds; fails after 20 s rather than hang a benchmark. */
const until = async (check: () => boolean) => {
  const deadline = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('render-cost: the resend cooldown never ticked');
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
};

/**
 * Renders on mount, and renders per tick of the resend cooldown (which counts down once a second
 * in real time: three ticks take about three seconds). Ticks are counted as label changes, so a
 * late tick on a busy machine (5 → 3) counts once, as it renders once.
 */
async function mountAndTicks(hook: Hook, transport: ReturnType<typeof createMemoryTransport>) {
  const profilerCommits = { n: 0 };
  const before: [number, number] = [0, hook.commits.length];
  render(
    <Profiler id="drop-in" onRender={() => profilerCommits.n++}>
      <ConfirmResetForm
        transport={transport}
        username="alice"
        delivery={{ destination: 'a***@e***', medium: 'EMAIL' }}
        resendCooldownSeconds={6}
      />
    </Profiler>,
  );
  const mount = tally('on mount (per mount)', hook, profilerCommits, before, 1);
  const resend = screen.getByRole('button', { name: /Resend code/ });
  let label = resend.textContent;
  const changed = () => {
    if (resend.textContent === label) return false;
    label = resend.textContent;
    return true;
  };
  // The first tick may land while the mount's effects settle: count from the one after it.
  await until(changed);
  const ticking: [number, number] = [profilerCommits.n, hook.commits.length];
  let ticks = 0;
  while (ticks < 3) {
    await until(changed);
    ticks++;
    // The last second ends the cooldown, which also enables the button: not a tick.
    if (!/\d/.test(label ?? '')) throw new Error('render-cost: the cooldown ended before three ticks');
  }
  const perTick = tally('resend cooldown (per 1-second tick)', hook, profilerCommits, ticking, ticks);
  cleanup();
  return [mount, perTick];
}

/** Renders the drop-in and types into its fields; `hook` is the DevTools hook installed before React. */
export async function run(hook: Hook): Promise<ScenarioResult[]> {
  const transport = createMemoryTransport({
    users: [{ username: 'alice', password: 'Old-pass1!', email: 'alice@example.com' }],
  });
  await transport.forgotPassword({ username: 'alice' });
  const lifecycle = await mountAndTicks(hook, transport);
  const profilerCommits = { n: 0 };
  render(
    <Profiler id="drop-in" onRender={() => profilerCommits.n++}>
      <ConfirmResetForm
        transport={transport}
        username="alice"
        delivery={{ destination: 'a***@e***', medium: 'EMAIL' }}
        // The resend cooldown ticks once a second; off, so only keystrokes cause commits here.
        resendCooldownSeconds={0}
      />
    </Profiler>,
  );
  const user = userEvent.setup({ delay: null });
  const code = screen.getByLabelText('Verification code');
  const password = screen.getByLabelText('New password', { selector: 'input' });
  const confirm = screen.getByLabelText('Confirm new password', { selector: 'input' });
  const press = (key: string) => user.keyboard(key);

  const results: ScenarioResult[] = [];
  await user.click(code);
  results.push(await scenario('code field', hook, profilerCommits, [...'123456'], press));
  await user.click(password);
  results.push(await scenario('new-password field', hook, profilerCommits, [...'Correct-horse7!'], press));
  // Leaving the field marks it touched: react-hook-form then re-validates on every change.
  await user.click(confirm);
  await user.keyboard('x');
  await user.click(password);
  await act(async () => {
    fireEvent.input(password, { target: { value: '' } });
  });
  results.push(
    await scenario(
      'new-password field, after leaving it once',
      hook,
      profilerCommits,
      [...'Correct-horse7!'],
      press,
    ),
  );
  cleanup();
  return [...lifecycle, ...results, ...(await flow(hook, transport))];
}

/**
 * The whole flow at its confirm step, reached as a user does: the username typed into the request
 * step and "Send code" pressed (against the memory pool), then the new password typed.
 */
async function flow(hook: Hook, transport: ReturnType<typeof createMemoryTransport>) {
  const profilerCommits = { n: 0 };
  render(
    <Profiler id="flow" onRender={() => profilerCommits.n++}>
      <PasswordReset transport={transport} resendCooldownSeconds={0} />
    </Profiler>,
  );
  const user = userEvent.setup({ delay: null });
  await user.type(screen.getByLabelText('Username'), 'alice');
  await user.click(screen.getByRole('button', { name: 'Send code' }));
  const password = await screen.findByLabelText('New password', { selector: 'input' });
  await user.click(password);
  const result = await scenario(
    '`<PasswordReset>` at its confirm step: new-password field',
    hook,
    profilerCommits,
    [...'Correct-horse7!'],
    (key) => user.keyboard(key),
  );
  cleanup();
  return [result];
}
