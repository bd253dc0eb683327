import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy between the app and a database server, to take the database
 * away without touching the server other suites share: `cut()` resets every
 * open connection and refuses new ones, `restore()` lets them through again.
 */
export class TcpProxy {
  readonly #sockets = new Set<Socket>();
  #open = true;
  #accepted = 0;

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }): Promise<TcpProxy> {
    let proxy!: TcpProxy;
    const server = createServer((client) => proxy.#accept(client, target));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (typeof address !== 'object' || !address) throw new Error('the proxy has no port');
    proxy = new TcpProxy(server, address.port);
    return proxy;
  }

  /** Connections that reached the database through the proxy so far. */
  get accepted(): number {
    return this.#accepted;
  }

  #accept(client: Socket, target: { host: string; port: number }) {
    if (!this.#open) {
      client.resetAndDestroy();
      return;
    }
    this.#accepted += 1;
    const upstream = createConnection(target);
    for (const socket of [client, upstream]) {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
      // A reset is what this proxy is for; the other side hears of it through 'close'.
      socket.on('error', () => {});
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  }

  /** Resets every connection and refuses new ones, as a database that went away. */
  cut(): void {
    this.#open = false;
    for (const socket of this.#sockets) socket.resetAndDestroy();
  }

  restore(): void {
    this.#open = true;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
