import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DiffControls } from './diff-controls';

describe('DiffControls', () => {
  it('toggles split and unified', async () => {
    const onViewChange = vi.fn();
    render(<DiffControls view="split" context={3} onViewChange={onViewChange} onContextChange={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Split' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Unified' }));
    expect(onViewChange).toHaveBeenCalledWith('unified');
  });

  it('offers the cue view only when asked to', async () => {
    const onViewChange = vi.fn();
    const { rerender } = render(<DiffControls view="split" context={3} onViewChange={onViewChange} onContextChange={vi.fn()} />);
    expect(screen.queryByRole('button', { name: 'Cues' })).not.toBeInTheDocument();
    rerender(
      <DiffControls view="cues" views={['split', 'unified', 'cues']} context={3} onViewChange={onViewChange} onContextChange={vi.fn()} />,
    );
    expect(screen.getByRole('button', { name: 'Cues' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByLabelText('Context lines')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Split' }));
    expect(onViewChange).toHaveBeenCalledWith('split');
  });

  it('offers 1, 3, 10, 25, 50 and all context lines', async () => {
    const onContextChange = vi.fn();
    render(<DiffControls view="split" context={3} onViewChange={vi.fn()} onContextChange={onContextChange} />);
    const select = screen.getByLabelText('Context lines');
    expect(Array.from((select as HTMLSelectElement).options, (o) => o.value)).toEqual(['1', '3', '10', '25', '50', 'all']);
    await userEvent.selectOptions(select, '25');
    expect(onContextChange).toHaveBeenLastCalledWith(25);
    await userEvent.selectOptions(select, 'all');
    expect(onContextChange).toHaveBeenLastCalledWith('all');
  });

  it('keeps a context from a link that is not one of the choices', () => {
    render(<DiffControls view="unified" context={5} onViewChange={vi.fn()} onContextChange={vi.fn()} />);
    expect(screen.getByLabelText('Context lines')).toHaveValue('5');
  });

  it('says when a narrow window shows unified in place of the split view chosen', () => {
    const { rerender } = render(<DiffControls view="split" narrow context={3} onViewChange={vi.fn()} onContextChange={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent('Showing unified: the window is too narrow for two columns.');
    rerender(<DiffControls view="unified" narrow context={3} onViewChange={vi.fn()} onContextChange={vi.fn()} />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
