import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';
import { ErrorNotice } from './ErrorNotice';

afterEach(() => vi.useRealTimers());

describe('ErrorNotice', () => {
  it('shows the server message, with the code and request id behind "Details"', async () => {
    render(<ErrorNotice error={new ApiError(409, 'CONFLICT', 'Already friends.', 'req-42', null, null)} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Already friends.');
    const requestId = screen.getByText('req-42');
    expect(requestId).not.toBeVisible();
    await userEvent.click(screen.getByText('Details'));
    expect(requestId).toBeVisible();
    expect(screen.getByText('CONFLICT')).toBeVisible();
  });

  it('counts down from Retry-After on a 429, then stops', () => {
    vi.useFakeTimers();
    render(<ErrorNotice error={new ApiError(429, 'RATE_LIMITED', 'Too many attempts.', 'r', null, 3)} />);
    expect(screen.getByTestId('retry-countdown')).toHaveTextContent('You can try again in 3 s.');
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(screen.getByTestId('retry-countdown')).toHaveTextContent('You can try again in 2 s.');
    act(() => {
      vi.advanceTimersByTime(2_500);
    });
    expect(screen.queryByTestId('retry-countdown')).toBeNull();
  });

  it('renders nothing without an error', () => {
    const { container } = render(<ErrorNotice error={null} />);
    expect(container).toBeEmptyDOMElement();
  });
});
