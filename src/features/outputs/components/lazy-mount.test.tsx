import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { stubFarAwayViewport } from '../test-support';
import { LazyMount } from './lazy-mount';

describe('LazyMount', () => {
  let restore = () => {};
  afterEach(() => restore());

  it('mounts its children straight away where nothing can tell what is on screen', () => {
    render(<LazyMount estimatedHeight={200}>hunk</LazyMount>);
    expect(screen.getByText('hunk')).toBeInTheDocument();
  });

  it('holds the estimated height for content far from the viewport', () => {
    restore = stubFarAwayViewport();
    const { container } = render(<LazyMount estimatedHeight={240}>hunk</LazyMount>);
    expect(screen.queryByText('hunk')).toBeNull();
    expect(container.firstChild).toHaveStyle({ height: '240px' });
  });

  it('mounts a forced one (a deep link points into it) wherever it is', () => {
    restore = stubFarAwayViewport();
    render(
      <LazyMount estimatedHeight={240} force>
        hunk
      </LazyMount>,
    );
    expect(screen.getByText('hunk')).toBeInTheDocument();
  });
});
