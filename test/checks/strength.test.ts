import { describe, expect, it } from 'vitest';
import { type StrengthEstimator, strengthCheck } from '../../src/checks';

// The real estimator, loaded the way an app loads it: lazily, with its dictionaries.
async function loadZxcvbn(): Promise<StrengthEstimator> {
  const [{ ZxcvbnFactory }, common, en] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  return new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
}

describe('strengthCheck with @zxcvbn-ts/core', () => {
  it('does not load the estimator until a password is checked, then loads it once', async () => {
    let loads = 0;
    const check = strengthCheck({
      load: () => {
        loads++;
        return loadZxcvbn();
      },
    });
    expect(loads).toBe(0);
    await Promise.all([check.test('a', {}), check.test('b', {}), check.test('c', {})]);
    await check.test('d', {});
    expect(loads).toBe(1);
  });

  it.each(['password', 'Password1!', 'qwertyuiop', 'aaaaaaaaaaaa', '12345678'])(
    'fails a guessable password (%s)',
    async (password) => {
      await expect(strengthCheck({ load: loadZxcvbn }).test(password, {})).resolves.toBe(false);
    },
  );

  it.each(['correct-Horse-battery-staple-93', 'Vq7#mZ2!pL9x', 'otter kettle marble 4 lantern'])(
    'passes a strong password (%#)',
    async (password) => {
      await expect(strengthCheck({ load: loadZxcvbn }).test(password, {})).resolves.toBe(true);
    },
  );

  it('scores a password made from the username lower', async () => {
    const check = strengthCheck({ load: loadZxcvbn, minScore: 3 });
    const password = 'Zanzibarquintessa2!';
    await expect(check.test(password, {})).resolves.toBe(true);
    await expect(check.test(password, { username: 'zanzibarquintessa' })).resolves.toBe(false);
  });

  it('follows minScore', async () => {
    await expect(strengthCheck({ load: loadZxcvbn, minScore: 0 }).test('password', {})).resolves.toBe(true);
    await expect(strengthCheck({ load: loadZxcvbn, minScore: 4 }).test('Summer2024!x', {})).resolves.toBe(
      false,
    );
    await expect(strengthCheck({ load: loadZxcvbn, minScore: 3 }).test('Summer2024!x', {})).resolves.toBe(
      true,
    );
  });

  it('rejects when loading fails, and loads again on the next password', async () => {
    let loads = 0;
    const check = strengthCheck({
      load: () => (++loads === 1 ? Promise.reject(new Error('chunk failed')) : loadZxcvbn()),
    });
    await expect(check.test('x', {})).rejects.toThrow('chunk failed');
    await expect(check.test('correct-Horse-battery-staple-93', {})).resolves.toBe(true);
    expect(loads).toBe(2);
  });

  it('rejects when the password changed while the estimator loaded (aborted signal)', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      strengthCheck({ load: loadZxcvbn }).test('x', { signal: controller.signal }),
    ).rejects.toThrow();
  });

  it('refuses bad options at creation', () => {
    expect(() => strengthCheck({ load: loadZxcvbn, minScore: 5 as 4 })).toThrow(/minScore/);
    expect(() => strengthCheck({} as { load: () => Promise<StrengthEstimator> })).toThrow(/load/);
    expect(strengthCheck({ load: loadZxcvbn })).toMatchObject({ id: 'strength', message: 'rules.strength' });
  });
});
