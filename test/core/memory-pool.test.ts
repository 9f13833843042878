import { describe, expect, it } from 'vitest';
import { createDirectory, maskEmail, maskPhone, simulatedDelivery } from '../../src/core/memory-pool';

describe('maskEmail', () => {
  it.each([
    ['alice@example.com', 'a***@e***'],
    ['b@x.io', 'b***@x***'],
    ['first.last+tag@mail.example.co.uk', 'f***@m***'],
    ['Zoë@Ünïcode.de', 'Z***@Ü***'],
    ['😀user@example.com', '😀***@e***'],
  ])('masks %s as %s', (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });
});

describe('maskPhone', () => {
  it.each([
    ['+15555550123', '+*******0123'],
    ['+447700900123', '+********0123'],
    ['+33612345678', '+*******5678'],
    ['+8613800138000', '+*********8000'],
    ['+1234', '+1234'],
  ])('masks %s as %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});

describe('simulatedDelivery', () => {
  it('looks like a real delivery: email-like names by email, E.164 names by SMS', () => {
    expect(simulatedDelivery('ghost@example.net')).toEqual({
      destination: 'g***@e***',
      medium: 'EMAIL',
      attributeName: 'email',
    });
    expect(simulatedDelivery('+15555559999')).toEqual({
      destination: '+*******9999',
      medium: 'SMS',
      attributeName: 'phone_number',
    });
  });

  it('is the same for the same name and varies between names', () => {
    expect(simulatedDelivery('nobody')).toEqual(simulatedDelivery('nobody'));
    const destinations = new Set(
      ['a', 'b', 'c', 'nobody', 'someone', 'x1'].map((n) => simulatedDelivery(n).destination),
    );
    expect(destinations.size).toBeGreaterThan(1);
    for (const destination of destinations) expect(destination).toMatch(/^[a-z]\*\*\*@[a-z]\*\*\*$/);
  });
});

describe('createDirectory', () => {
  it('finds a user by username, email, phone or alias', () => {
    const directory = createDirectory(
      [
        {
          username: 'alice',
          password: 'x',
          email: 'alice@example.com',
          phone: '+15555550123',
          aliases: ['al'],
        },
      ],
      false,
    );
    for (const name of ['alice', 'ALICE', 'Alice@Example.com', '+15555550123', 'al']) {
      expect(directory.find(name)?.username).toBe('alice');
    }
    expect(directory.find('bob')).toBeUndefined();
  });

  it('is case-sensitive when asked', () => {
    const directory = createDirectory([{ username: 'alice', password: 'x' }], true);
    expect(directory.find('alice')?.username).toBe('alice');
    expect(directory.find('Alice')).toBeUndefined();
  });

  it('refuses a name that two users share, or a user without username or password', () => {
    expect(() =>
      createDirectory(
        [
          { username: 'alice', password: 'x', email: 'shared@example.com' },
          { username: 'bob', password: 'x', email: 'SHARED@example.com' },
        ],
        false,
      ),
    ).toThrow(/two users/);
    expect(() => createDirectory([{ username: '', password: 'x' }], false)).toThrow(TypeError);
    expect(() => createDirectory([{ username: 'a' } as never], false)).toThrow(TypeError);
  });

  it('keeps the seed password as the current one', () => {
    const directory = createDirectory([{ username: 'alice', password: 'Seed-passw0rd!' }], false);
    expect(directory.find('alice')?.passwords).toEqual(['Seed-passw0rd!']);
  });
});
