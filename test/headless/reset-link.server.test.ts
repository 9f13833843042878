// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readResetLink } from '../../src/headless/reset-link';

describe('readResetLink on a server', () => {
  it('returns {} and touches nothing when there is no window', () => {
    expect(typeof window).toBe('undefined');
    expect(readResetLink()).toEqual({});
  });
});
