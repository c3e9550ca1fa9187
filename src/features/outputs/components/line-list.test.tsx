import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LineList, PLAIN_ROWS } from './line-list';

const row = (index: number, placement: object) => (
  <div key={index} role="row" {...placement}>
    <span role="cell">row {index + 1}</span>
  </div>
);

describe('LineList', () => {
  it('renders every row of a short list, so the browser can find text in it', () => {
    render(<LineList count={PLAIN_ROWS} renderRow={row} label="Short" />);
    expect(screen.getAllByRole('row')).toHaveLength(PLAIN_ROWS);
  });

  it('renders only rows near the viewport of a long list, positioned at their place', () => {
    render(<LineList count={40_000} renderRow={row} label="Long" />);
    const rows = screen.getAllByRole('row');
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(200);
    expect(screen.getByRole('table', { name: 'Long' })).toHaveAttribute('aria-rowcount', '40000');
    expect(rows[1]).toHaveStyle({ transform: 'translateY(24px)' });
  });
});
