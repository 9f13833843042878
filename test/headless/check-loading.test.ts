// The extra checks' runner loads on demand (checklist.ts → import('./password-checks')). These
// tests hand `createPasswordChecks` a loader: the real module behind a promise the test resolves,
// or one that fails as a chunk that cannot be fetched does.
import { describe, expect, it, vi } from 'vitest';
import { normalizePasswordPolicy } from '../../src/core';
import type { PasswordCheckDefinition } from '../../src/core/types';
import { createPasswordChecks, passwordChecklist } from '../../src/headless/checklist';
import { codeField } from '../../src/headless/code-field';
import { formSchema } from '../../src/headless/form-schema';

const policy = normalizePasswordPolicy({ minimumLength: 8 });
const noop = { onUnavailable() {}, onSettled() {} };
const noAlice: PasswordCheckDefinition = {
  id: 'noAlice',
  message: 'Not alice',
  test: (p) => !p.includes('alice'),
};
const runnerModule = () => import('../../src/headless/password-checks');

/** A loader whose module arrives when the test says so; `calls` counts the loads asked for. */
function heldLoader() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const load = vi.fn(() => gate.then(runnerModule));
  return { load, release };
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const states = (checks: ReturnType<typeof createPasswordChecks>, value: string) =>
  checks.items(value).map((i) => i.state);

describe('extra checks loaded on demand', () => {
  it.each([
    ['no passwordChecks', undefined],
    ['an empty list', []],
  ])('with %s, typing loads no runner and changes nothing', async (_, given) => {
    const { load } = heldLoader();
    const checks = createPasswordChecks(load);
    const listener = vi.fn();
    checks.subscribe(listener);
    checks.configure(given, noop);
    for (const typed of ['a', 'ab', 'Brand-new2?']) checks.run(typed);
    await checks.settle('Brand-new2?');
    expect(load).not.toHaveBeenCalled();
    expect(listener).not.toHaveBeenCalled();
    expect(checks.version()).toBe(0);
    expect(checks.items('Brand-new2?')).toEqual([]);
  });

  it('lists each check before its runner is there: unmet while empty, pending once typed', () => {
    const { load } = heldLoader();
    const checks = createPasswordChecks(load);
    checks.configure([noAlice, { ...noAlice, id: 'second' }], noop);
    expect(states(checks, '')).toEqual(['unmet', 'unmet']);
    expect(states(checks, 'alice')).toEqual(['pending', 'pending']);
    expect(checks.items('')[0]).toEqual({
      id: 'noAlice',
      state: 'unmet',
      params: {},
      message: 'Not alice',
      extra: true,
    });
    // Listing is not loading: only a password to check is.
    expect(load).not.toHaveBeenCalled();
  });

  it('loads the runner once, at the first password to check, and then answers with it', async () => {
    const { load, release } = heldLoader();
    const checks = createPasswordChecks(load);
    const onSettled = vi.fn();
    const listener = vi.fn();
    checks.subscribe(listener);
    checks.configure([noAlice], { ...noop, onSettled });
    checks.run('');
    checks.run('alice-Pass1!');
    checks.run('alice-Pass1!?');
    expect(load).toHaveBeenCalledTimes(1);
    expect(states(checks, 'alice-Pass1!?')).toEqual(['pending']);
    release();
    await vi.waitFor(() => expect(states(checks, 'alice-Pass1!?')).toEqual(['unmet']));
    expect(listener).toHaveBeenCalled();
    // The verdict came late for the password on screen: its error may need the update.
    expect(onSettled).toHaveBeenCalledTimes(1);
    checks.run('Bob-Pass1!');
    expect(states(checks, 'Bob-Pass1!')).toEqual(['met']);
    expect(load).toHaveBeenCalledTimes(1);
    const schema = formSchema({
      policy,
      code: codeField(undefined),
      askUsername: false,
      confirmPassword: false,
      checks,
    });
    const values = { username: '', code: '123456', confirmPassword: '' };
    expect(schema.safeParse({ ...values, password: 'Bob-Pass1!' }).success).toBe(true);
    checks.run('alice-Pass1!');
    expect(passwordChecklist('alice-Pass1!', policy, checks).at(-1)?.state).toBe('unmet');
    expect(schema.safeParse({ ...values, password: 'alice-Pass1!' }).error?.issues[0]?.message).toBe(
      'Not alice',
    );
  });

  it('settle() waits for the runner and for the answer on the password submitted', async () => {
    const { load, release } = heldLoader();
    const checks = createPasswordChecks(load);
    let answer!: (met: boolean) => void;
    checks.configure(
      [{ id: 'remote', message: 'x', test: () => new Promise<boolean>((r) => (answer = r)) }],
      noop,
    );
    let settled = false;
    const settling = checks.settle('Brand-new2?').then(() => {
      settled = true;
    });
    await flush();
    expect(settled).toBe(false);
    release();
    await vi.waitFor(() => expect(answer).toBeTypeOf('function'));
    expect(settled).toBe(false);
    answer(false);
    await settling;
    expect(states(checks, 'Brand-new2?')).toEqual(['unmet']);
  });

  it('a runner that cannot be loaded: each check unavailable and reported, submit not blocked', async () => {
    const load = vi.fn(() => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    const checks = createPasswordChecks(load);
    const onUnavailable = vi.fn();
    checks.configure([noAlice, { ...noAlice, id: 'remote' }], { ...noop, onUnavailable });
    await checks.settle('alice-Pass1!');
    expect(states(checks, 'alice-Pass1!')).toEqual(['unavailable', 'unavailable']);
    expect(onUnavailable.mock.calls.map(([id]) => id)).toEqual(['noAlice', 'remote']);
    const schema = formSchema({
      policy,
      code: codeField(undefined),
      askUsername: false,
      confirmPassword: false,
      checks,
    });
    expect(
      schema.safeParse({ username: '', code: '123456', password: 'alice-Pass1!', confirmPassword: '' })
        .success,
    ).toBe(true);
    // One attempt per form: typing on does not ask again and again.
    checks.run('alice-Pass1!?');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('a form unmounted before its runner arrives runs no test', async () => {
    const { load, release } = heldLoader();
    const checks = createPasswordChecks(load);
    const test = vi.fn(() => Promise.resolve(true));
    checks.configure([{ id: 'remote', message: 'x', test }], noop);
    checks.run('Brand-new2?');
    checks.stop();
    release();
    await flush();
    await flush();
    expect(load).toHaveBeenCalledTimes(1);
    expect(test).not.toHaveBeenCalled();
  });
});
