// Zod Mini (the same schemas as `zod`, in its tree-shakable functional form): these are on the sign-in and sign-up
// screens' critical path, where classic Zod alone would be ~20 KB gzipped. Screens after sign-in may use `zod`.
import * as z from 'zod/mini';

export const email = z.email('Enter a valid email address.').check(z.maxLength(254));
/** The server's policy has the last word (common passwords …); this catches the obvious early. */
export const newPassword = z.string().check(z.minLength(10, 'Use at least 10 characters.'), z.maxLength(256, 'Use at most 256 characters.'));

export const signInSchema = z.object({ email, password: z.string().check(z.minLength(1, 'Enter your password.')) });
export const signUpSchema = z.object({
  displayName: z.string().check(z.trim(), z.minLength(1, 'Enter a display name.'), z.maxLength(50, 'Use at most 50 characters.')),
  email,
  password: newPassword,
});
export const emailOnlySchema = z.object({ email });
export const resetSchema = z
  .object({ password: newPassword, confirm: z.string() })
  .check(z.refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two passwords differ.' }));
