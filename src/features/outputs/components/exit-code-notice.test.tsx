import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExitCodeNotice } from './exit-code-notice';

describe('ExitCodeNotice', () => {
  it('says which exit code was wrong', () => {
    render(<ExitCodeNotice result={{ exit_code: 10, expected_rc: 0 }} />);
    expect(screen.getByRole('status')).toHaveTextContent('exit code 10, expected 0');
  });

  it('says nothing when the exit code is the expected one or unknown', () => {
    const { container } = render(<ExitCodeNotice result={{ exit_code: 0, expected_rc: 0 }} />);
    render(<ExitCodeNotice result={{ exit_code: null, expected_rc: 0 }} />);
    render(<ExitCodeNotice result={undefined} />);
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
