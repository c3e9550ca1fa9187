import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

const origin = 'https://viewer.example';

describe('safeNext', () => {
  it.each([
    ['/runs/9461', '/runs/9461'],
    ['/runs/9461/samples/3?view=unified#R120', '/runs/9461/samples/3?view=unified#R120'],
    ['/', '/'],
  ])('keeps the same-origin path %s', (next, expected) => {
    expect(safeNext(next, origin)).toBe(expected);
  });

  it.each([
    '//evil.example',
    '//evil.example/runs',
    'https://evil.example',
    'http://evil.example/runs/1',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/javascript:alert(1)',
    'runs/1',
    '%2F%2Fevil.example',
    '/%2F/evil.example',
    '/%5Cevil.example',
    '/\t/evil.example',
    '',
    undefined,
    42,
  ])('sends %s to /', (next) => {
    expect(safeNext(next, origin)).toBe('/');
  });
});
