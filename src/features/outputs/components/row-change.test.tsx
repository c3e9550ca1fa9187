import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DIFF_TYPE, RowChange } from './row-change';

describe('RowChange', () => {
  it.each([
    [DIFF_TYPE.added, ', added'],
    [DIFF_TYPE.removed, ', removed'],
    [DIFF_TYPE.unchanged, ', unchanged'],
    [DIFF_TYPE.changed, ', changed'],
  ])('names diff type %i in words', (type, words) => {
    render(<RowChange type={type} />);
    expect(screen.getByText(words)).toHaveClass('sr-only');
  });
});
