import { expect } from 'vitest';

interface DevMail {
  to: string;
  subject: string;
  text: string;
  sentAt: string;
}

/** Waits for the newest mail to `to` whose subject matches, in the server's dev outbox (GET /api/dev/mails). */
export async function waitForMail(baseUrl: string, to: string, subject: RegExp, after = 0): Promise<DevMail> {
  let found: DevMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${baseUrl}/api/dev/mails`);
        const { items } = (await response.json()) as { items: DevMail[] };
        found = items.find((m) => m.to === to && subject.test(m.subject) && Date.parse(m.sentAt) >= after);
        return found !== undefined;
      },
      { timeout: 20_000, interval: 200 },
    )
    .toBe(true);
  return found!;
}

/** The link of a mail (the line that points at this app), as a path for the browser. */
export function linkIn(mail: DevMail, baseUrl: string): string {
  const line = mail.text.split('\n').find((l) => l.startsWith(baseUrl));
  if (!line) throw new Error(`No link to ${baseUrl} in "${mail.subject}":\n${mail.text}`);
  const url = new URL(line.trim());
  return `${url.pathname}${url.search}`;
}
