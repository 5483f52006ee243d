import { render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { applyFieldErrors } from './form-errors';
import { TextField } from './TextField';

const validation = new ApiError(400, 'VALIDATION_FAILED', 'Invalid input.', 'r', [
  { field: 'password', messages: ['is too common', 'must contain a space'] },
  { field: 'somethingElse', messages: ['is wrong'] },
], null);

function Form({ error, onPlaced }: { error: unknown; onPlaced: (all: boolean) => void }) {
  const form = useForm({ defaultValues: { email: '', password: '' } });
  useEffect(() => {
    onPlaced(applyFieldErrors(error, ['email', 'password'], form.setError));
  }, [error, form.setError, onPlaced]);
  return (
    <form>
      <TextField label="Email" error={form.formState.errors.email?.message} {...form.register('email')} />
      <TextField label="Password" error={form.formState.errors.password?.message} {...form.register('password')} />
    </form>
  );
}

describe('applyFieldErrors', () => {
  it('puts VALIDATION_FAILED details on their fields, tied to the input, and says when some were left over', async () => {
    let allPlaced: boolean | undefined;
    render(<Form error={validation} onPlaced={(all) => (allPlaced = all)} />);
    const password = screen.getByLabelText('Password');
    expect(await screen.findByText('is too common must contain a space')).toBeInTheDocument();
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription('is too common must contain a space');
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
    expect(allPlaced).toBe(false);
  });

  it('places nothing for an error without field details', () => {
    let allPlaced: boolean | undefined;
    render(<Form error={new ApiError(500, 'INTERNAL', 'Oops', 'r', null, null)} onPlaced={(all) => (allPlaced = all)} />);
    expect(allPlaced).toBe(false);
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
  });
});
