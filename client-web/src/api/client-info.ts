/** "Chrome on Linux": what the devices list shows for this browser. */
export async function describeDevice(userAgent: string): Promise<string> {
  // The parser's tables are ~9 KB gzipped: loaded with the first request that needs them, never before first paint.
  const { UAParser } = await import('ua-parser-js');
  // Only the browser and the OS: getResult() would also run the device table (the longest), for nothing.
  const parser = new UAParser(userAgent);
  const name = parser.getBrowser().name ?? 'Browser';
  const os = parser.getOS().name;
  return os ? `${name} on ${os}` : name;
}

let device: Promise<string> | null = null;

/** Sent with every request: the server records them on the session (the devices list) and logs them. */
export async function clientHeaders(): Promise<Record<string, string>> {
  device ??= describeDevice(navigator.userAgent).catch(() => {
    device = null; // the chunk did not load (offline): say "Browser" this time and try again next time
    return 'Browser';
  });
  return {
    'X-Client-Platform': 'web',
    'X-Client-Device': await device,
    'X-Client-App-Version': import.meta.env.VITE_APP_VERSION ?? '0.0.0',
  };
}
