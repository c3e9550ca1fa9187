import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import type { Me } from '@/lib/session';
import { WhoTooltip } from './who-tooltip';

it('shows the scopes, the email and the API server on hover', async () => {
  const me: Me = { user_id: 1, name: 'Ada', email: 'ada@example.org', role: 'contributor', scopes: ['runs:read'] };
  render(
    <WhoTooltip me={me} apiBaseUrl="https://api.example.org/api/v1">
      <span tabIndex={0}>Ada</span>
    </WhoTooltip>,
  );
  await userEvent.hover(screen.getByText('Ada'));
  const tip = await screen.findByRole('tooltip');
  expect(tip).toHaveTextContent('Scopes: runs:read');
  expect(tip).toHaveTextContent('ada@example.org');
  expect(tip).toHaveTextContent('API server: https://api.example.org/api/v1');
});
