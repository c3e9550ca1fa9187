import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RowChange, type RowChangeKind } from './row-change';

describe('RowChange', () => {
  it.each<[RowChangeKind, string]>([
    ['added', ', added'],
    ['removed', ', removed'],
    ['unchanged', ', unchanged'],
  ])('names a %s row in words', (change, words) => {
    render(<RowChange change={change} />);
    expect(screen.getByText(words)).toHaveClass('sr-only');
  });
});
