import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

const origin = 'https://viewer.example';

describe('safeNext', () => {
  it.each([
    ['/runs/9461', '/runs/9461'],
    ['/runs/9461/samples/3?view=unified#R120', '/runs/9461/samples/3?view=unified#R120'],
    [
      '/runs/9461/samples/31/regressions/240/outputs/1047?view=split&context=all#L12',
      '/runs/9461/samples/31/regressions/240/outputs/1047?view=split&context=all#L12',
    ],
    ['/?status=fail&branch=master', '/?status=fail&branch=master'],
    ['/', '/'],
    // A query value may itself hold slashes: only the start of the path decides where the app goes.
    ['/runs/1?next=//evil#x', '/runs/1?next=//evil#x'],
  ])('keeps the same-origin path %s', (next, expected) => {
    expect(safeNext(next, origin)).toBe(expected);
  });

  it.each([
    '//evil.example',
    '//evil.example/runs',
    '///evil.example',
    'https://evil.example',
    'http://evil.example/runs/1',
    'HTTPS://evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '\\/evil.example',
    '/.\\evil.example',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '/javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'runs/1',
    '?next=/runs',
    '#L12',
    ' /runs/1',
    '',
    undefined,
    null,
    42,
    ['/runs/1'],
  ])('sends %s to /', (next) => {
    expect(safeNext(next, origin)).toBe('/');
  });

  it.each([
    '%2F%2Fevil.example',
    '%2f%2fevil.example',
    '/%2F/evil.example',
    '/%2f%2fevil.example',
    '/%5Cevil.example',
    '/%5cevil.example',
    '/%5C%5Cevil.example',
    'javascript%3Aalert(1)',
    '/javascript%3Aalert(1)',
    'https%3A%2F%2Fevil.example',
    '/%09/evil.example',
    '/%0A/evil.example',
    '/%0d/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/%E0%A4%A', // malformed percent-encoding
  ])('sends the encoded or hidden variant %s to /', (next) => {
    expect(safeNext(next, origin)).toBe('/');
  });

  it.each(['/.//evil.example', '/%2e//evil.example', '/%2E%2E//evil.example', '/a/..//evil.example', '/runs/../..//evil.example'])(
    'does not let dot segments collapse %s into a protocol-relative //host',
    (next) => {
      expect(safeNext(next, origin)).toBe('/');
    },
  );

  it('rejects overlong values', () => {
    expect(safeNext(`/${'a'.repeat(5000)}`, origin)).toBe('/');
  });
});
