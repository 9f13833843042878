import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizePasswordPolicy } from '../../src/core';
import type { PasswordCheckDefinition } from '../../src/core/types';
import { passwordChecklist } from '../../src/headless/checklist';
import { codeField } from '../../src/headless/code-field';
import { formSchema } from '../../src/headless/form-schema';
import { createCheckRunner } from '../../src/headless/password-checks';

const policy = normalizePasswordPolicy({ minimumLength: 8 });
const noop = { onUnavailable() {}, onSettled() {} };

afterEach(() => {
  vi.useRealTimers();
});

/** An asynchronous check whose answers the test gives, recording every call's signal. */
function deferredCheck(id = 'remote') {
  const calls: { password: string; signal: AbortSignal; answer: (met: boolean) => void; fail: () => void }[] =
    [];
  const check: PasswordCheckDefinition = {
    id,
    message: `${id} text`,
    test: (password, { signal }) =>
      new Promise<boolean>((resolve, reject) => {
        calls.push({ password, signal: signal!, answer: resolve, fail: () => reject(new Error('down')) });
      }),
  };
  return { check, calls };
}

describe('one list: the policy and the extra checks', () => {
  it('lists the policy rules, then the extra checks, each with its message', () => {
    const runner = createCheckRunner();
    const sync: PasswordCheckDefinition = {
      id: 'noAlice',
      message: 'rules.custom',
      test: (p) => !p.includes('alice'),
    };
    runner.configure([sync], noop);
    runner.run('alice-Pass1!');
    const list = passwordChecklist('alice-Pass1!', policy, runner);
    expect(list.map((i) => [i.id, i.state, i.extra])).toEqual([
      ['minLength', 'met', false],
      ['uppercase', 'met', false],
      ['lowercase', 'met', false],
      ['number', 'met', false],
      ['symbol', 'met', false],
      ['noAlice', 'unmet', true],
    ]);
    expect(list.at(-1)?.message).toBe('rules.custom');
  });

  it.each([
    ['a failing check raises its own message', 'alice-Pass1!', ['Not alice']],
    ['a passing check raises nothing', 'Bob-Pass1!', []],
    ['a policy failure comes first, then the check', 'alice', ['validation.passwordPolicy', 'Not alice']],
  ])('the form schema reads the same list: %s', (_, password, messages) => {
    const runner = createCheckRunner();
    runner.configure([{ id: 'noAlice', message: 'Not alice', test: (p) => !p.includes('alice') }], noop);
    runner.run(password);
    const schema = formSchema({
      policy,
      code: codeField(undefined),
      askUsername: false,
      confirmPassword: false,
      checks: runner,
    });
    const issues =
      schema
        .safeParse({ username: '', code: '123456', password, confirmPassword: '' })
        .error?.issues.filter((i) => i.path[0] === 'password')
        .map((i) => i.message) ?? [];
    expect([...new Set(issues)]).toEqual(messages);
  });

  it('a pending or unavailable check blocks nothing in the schema', async () => {
    const { check, calls } = deferredCheck();
    const runner = createCheckRunner();
    runner.configure([check], noop);
    runner.run('Good-Pass1!');
    const schema = formSchema({
      policy,
      code: codeField(undefined),
      askUsername: false,
      confirmPassword: false,
      checks: runner,
    });
    const values = { username: '', code: '123456', password: 'Good-Pass1!', confirmPassword: '' };
    expect(passwordChecklist('Good-Pass1!', policy, runner).at(-1)?.state).toBe('pending');
    expect(schema.safeParse(values).success).toBe(true);
    calls[0]!.fail();
    await vi.waitFor(() =>
      expect(passwordChecklist('Good-Pass1!', policy, runner).at(-1)?.state).toBe('unavailable'),
    );
    expect(schema.safeParse(values).success).toBe(true);
  });
});

describe('the runner', () => {
  it('debounces an asynchronous check and aborts the stale one when the password changes', async () => {
    vi.useFakeTimers();
    const { check, calls } = deferredCheck();
    const runner = createCheckRunner();
    runner.configure([check], noop);
    runner.run('a'); // first answer: a promise, so the check is asynchronous from now on
    expect(calls.map((c) => c.password)).toEqual(['a']);
    for (const typed of ['ab', 'abc', 'abcd']) {
      runner.run(typed);
      vi.advanceTimersByTime(100);
    }
    expect(calls).toHaveLength(1);
    expect(calls[0]!.signal.aborted).toBe(true);
    expect(runner.items('abcd')[0]?.state).toBe('pending');
    vi.advanceTimersByTime(300);
    expect(calls.map((c) => c.password)).toEqual(['a', 'abcd']);
    calls[0]!.answer(true); // a stale answer changes nothing
    calls[1]!.answer(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(runner.items('abcd')[0]?.state).toBe('unmet');
  });

  it('reports a check that throws, rejects or times out as unavailable', async () => {
    vi.useFakeTimers();
    const onUnavailable = vi.fn();
    const throws: PasswordCheckDefinition = {
      id: 'throws',
      message: 'x',
      test: () => {
        throw new Error('bug');
      },
    };
    const rejects: PasswordCheckDefinition = {
      id: 'rejects',
      message: 'x',
      test: () => Promise.reject(new Error('down')),
    };
    const hangs: PasswordCheckDefinition = {
      id: 'hangs',
      message: 'x',
      test: () => new Promise<boolean>(() => {}),
    };
    const runner = createCheckRunner();
    runner.configure([throws, rejects, hangs], { ...noop, onUnavailable });
    runner.run('Good-Pass1!');
    await vi.advanceTimersByTimeAsync(0);
    expect(runner.items('Good-Pass1!').map((i) => i.state)).toEqual([
      'unavailable',
      'unavailable',
      'pending',
    ]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runner.items('Good-Pass1!').map((i) => i.state)).toEqual([
      'unavailable',
      'unavailable',
      'unavailable',
    ]);
    expect(onUnavailable.mock.calls.map(([id]) => id)).toEqual(['throws', 'rejects', 'hangs']);
  });

  it('settle() runs a debounced check at once and waits for its answer', async () => {
    const { check, calls } = deferredCheck();
    const runner = createCheckRunner();
    runner.configure([check], noop);
    runner.run('first');
    calls[0]!.answer(true);
    runner.run('second'); // debounced now
    const settled = runner.settle('second');
    expect(calls.map((c) => c.password)).toEqual(['first', 'second']);
    calls[1]!.answer(false);
    await settled;
    expect(runner.items('second')[0]?.state).toBe('unmet');
  });

  it('passes the username and an abort signal; stop() aborts', () => {
    const test = vi.fn(
      (_p: string, _c: { username?: string; signal?: AbortSignal }) => new Promise<boolean>(() => {}),
    );
    const runner = createCheckRunner();
    runner.configure([{ id: 'x', message: 'x', test }], { ...noop, username: () => 'alice' });
    runner.run('pw');
    expect(test.mock.calls[0]![1].username).toBe('alice');
    runner.stop();
    expect(test.mock.calls[0]![1].signal?.aborted).toBe(true);
  });
});
