import { UAParser } from 'ua-parser-js';

/** "Chrome on Linux": what the devices list shows for this browser. */
export function describeDevice(userAgent: string): string {
  const { browser, os } = new UAParser(userAgent).getResult();
  const name = browser.name ?? 'Browser';
  return os.name ? `${name} on ${os.name}` : name;
}

/** Sent with every request: the server records them on the session (the devices list) and logs them. */
export function clientHeaders(): Record<string, string> {
  return {
    'X-Client-Platform': 'web',
    'X-Client-Device': describeDevice(navigator.userAgent),
    'X-Client-App-Version': import.meta.env.VITE_APP_VERSION ?? '0.0.0',
  };
}
