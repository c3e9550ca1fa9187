import { expect, it } from 'vitest';
import { parseId } from './parse-id';

it('accepts whole numbers from 1 up', () => {
  expect(parseId('1')).toBe(1);
  expect(parseId('9461')).toBe(9461);
});

it.each(['0', '-1', '01', '1.5', 'abc', ' 1', '1e3', '99999999999999999', '', undefined])('rejects %s', (value) => {
  expect(parseId(value)).toBeNull();
});
