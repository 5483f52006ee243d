import WebSocket from 'ws';

type Frame = (event: string, payload: unknown) => void;

/**
 * A minimal Socket.IO v4 client over a bare WebSocket (Engine.IO 4 packets: `0` open, `2`/`3` ping/pong,
 * `40` connect, `42` event, `43` ack). It costs the generator a fraction of socket.io-client, so one core can
 * hold a thousand listeners. It decodes only what a listener needs.
 */
export class RawSocketListener {
  private ws: WebSocket;
  private nextAckId = 1;
  private readonly acks = new Map<number, (value: unknown) => void>();

  private constructor(private readonly onFrame: Frame) {}

  static connect(origin: string, token: string, onFrame: Frame): Promise<RawSocketListener> {
    const listener = new RawSocketListener(onFrame);
    return listener.open(origin, token).then(() => listener);
  }

  private open(origin: string, token: string): Promise<void> {
    const url = `${origin.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`;
    return new Promise((resolve, reject) => {
      this.ws = new WebSocket(url, { perMessageDeflate: false });
      this.ws.once('error', reject);
      this.ws.on('message', (data: Buffer) => {
        const text = data.toString();
        if (text === '2') return this.ws.send('3');
        if (text.startsWith('0')) return this.ws.send(`40${JSON.stringify({ token })}`);
        if (text.startsWith('40')) return resolve();
        if (text.startsWith('44')) return reject(new Error(`connect refused: ${text.slice(2)}`));
        if (text.startsWith('42')) {
          const [event, payload] = JSON.parse(text.slice(2)) as [string, unknown];
          return this.onFrame(event, payload);
        }
        if (text.startsWith('43')) {
          const match = /^43(\d+)(.*)$/s.exec(text);
          if (!match) return;
          const [value] = JSON.parse(match[2]) as [unknown];
          this.acks.get(Number(match[1]))?.(value);
          this.acks.delete(Number(match[1]));
        }
      });
    });
  }

  emitWithAck<T>(event: string, payload: unknown): Promise<T> {
    const id = this.nextAckId++;
    return new Promise((resolve) => {
      this.acks.set(id, resolve as (value: unknown) => void);
      this.ws.send(`42${id}${JSON.stringify([event, payload])}`);
    });
  }

  close(): void {
    this.ws.close();
  }
}
