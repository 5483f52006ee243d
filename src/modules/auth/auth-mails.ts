import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config';
import { escapeHtml, type OutgoingMail } from '../../infra/mail';

interface Recipient {
  email: string;
  displayName: string;
}

/** The auth mails, in text and HTML. Links point at the web app (PUBLIC_URL) with the token in the query. */
@Injectable()
export class AuthMails {
  private readonly publicUrl: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.publicUrl = config.http.publicUrl;
  }

  verification(to: Recipient, token: string): OutgoingMail {
    const href = this.linkTo('/verify-email', token);
    return this.compose(to, 'Confirm your email address', [
      'Welcome to MusicRoom! Confirm your email address to finish creating your account:',
      { href, label: 'Confirm my email' },
      'This link works once and expires in 24 hours. If you did not sign up, ignore this mail.',
    ]);
  }

  passwordReset(to: Recipient, token: string): OutgoingMail {
    const href = this.linkTo('/reset-password', token);
    return this.compose(to, 'Reset your password', [
      'Someone (hopefully you) asked to reset your MusicRoom password. Choose a new one here:',
      { href, label: 'Choose a new password' },
      'This link works once and expires in 30 minutes. If you did not ask, ignore this mail: your password is unchanged.',
    ]);
  }

  /** Sent instead of a verification mail when someone registers with an email that already has an account. */
  signUpAttempt(to: Recipient): OutgoingMail {
    const href = `${this.publicUrl}/forgot-password`;
    return this.compose(to, 'Someone tried to sign up with your email', [
      'Someone tried to create a MusicRoom account with this email address, which already has an account.',
      'If it was you, sign in instead. Forgot your password? Reset it here:',
      { href, label: 'Reset my password' },
      'If it was not you, you can ignore this mail: nothing has changed.',
    ]);
  }

  private linkTo(path: string, token: string): string {
    const url = new URL(`${this.publicUrl}${path}`);
    url.searchParams.set('token', token);
    return url.toString();
  }

  private compose(to: Recipient, subject: string, parts: Array<string | { href: string; label: string }>): OutgoingMail {
    const greeting = `Hello ${to.displayName},`;
    const text = [greeting, ...parts.map((p) => (typeof p === 'string' ? p : p.href)), '— MusicRoom'].join('\n\n');
    const html = [
      `<p>${escapeHtml(greeting)}</p>`,
      ...parts.map((p) =>
        typeof p === 'string' ? `<p>${escapeHtml(p)}</p>` : `<p><a href="${escapeHtml(p.href)}">${escapeHtml(p.label)}</a></p>`,
      ),
      '<p>— MusicRoom</p>',
    ].join('\n');
    return { to: to.email, subject, text, html };
  }
}
