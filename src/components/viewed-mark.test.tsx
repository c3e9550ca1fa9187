import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ViewedMark } from './viewed-mark';

describe('ViewedMark', () => {
  it('says "viewed" in words, "viewed 1 of 3" when only some were, and nothing when none were', () => {
    const { rerender, container } = render(<ViewedMark viewed={1} />);
    expect(screen.getByText(/viewed/)).toHaveTextContent('✓ viewed');
    rerender(<ViewedMark viewed={1} of={3} />);
    expect(screen.getByText(/viewed/)).toHaveTextContent('viewed 1 of 3');
    rerender(<ViewedMark viewed={0} of={3} />);
    expect(container).toBeEmptyDOMElement();
  });
});
