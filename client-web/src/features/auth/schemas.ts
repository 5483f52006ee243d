import { z } from 'zod';

export const email = z.email('Enter a valid email address.').max(254);
/** The server's policy has the last word (common passwords …); this catches the obvious early. */
export const newPassword = z.string().min(10, 'Use at least 10 characters.').max(256, 'Use at most 256 characters.');

export const signInSchema = z.object({ email, password: z.string().min(1, 'Enter your password.') });
export const signUpSchema = z.object({
  displayName: z.string().trim().min(1, 'Enter a display name.').max(50, 'Use at most 50 characters.'),
  email,
  password: newPassword,
});
export const emailOnlySchema = z.object({ email });
export const resetSchema = z
  .object({ password: newPassword, confirm: z.string() })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two passwords differ.' });
