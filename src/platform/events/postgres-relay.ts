import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { attachRelay } from './channel.js';

/** The PostgreSQL notification channel every instance of one database listens on. */
const RELAY_CHANNEL = 'clientpipe_events';
/** Waits before connecting again after the connection was lost: 0.5 s, doubling, at most 10 s. */
const RETRY_MS = { first: 500, max: 10_000 };

export interface PostgresRelayOptions {
  url: string;
  /** An event another instance published. */
  receive(channel: string, event: unknown): void;
  /** The connection failed or an event could not be sent (it is then lost for the other instances). */
  onError(error: Error): void;
}

export interface PostgresRelay {
  /** Sends an event to the other instances, in the order sent. */
  send(channel: string, event: unknown): void;
  /** Stops listening and closes the connection. */
  stop(): Promise<void>;
}

/**
 * Carries events between the app instances serving one PostgreSQL
 * database (SPEC R11.1), over LISTEN/NOTIFY on one connection of its own.
 * An event goes out with `pg_notify` after the change committed, so the
 * writing transaction takes no notify lock; each instance skips what it
 * sent itself. Delivery is as good as the connection: while it is down
 * (the relay reconnects by itself) other instances' events are missed,
 * and what depends on them falls back on its own time limit (the caches:
 * docs/architecture.md, "Change events and caches"). Resolves once listening.
 */
export async function startPostgresRelay(options: PostgresRelayOptions): Promise<PostgresRelay> {
  const self = randomUUID();
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  /** The last event sent, settled once it is out. */
  let sent: Promise<void> = Promise.resolve();

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: options.url, application_name: 'clientpipe relay' });
    next.on('notification', (message) => {
      if (message.channel !== RELAY_CHANNEL || !message.payload) return;
      // A payload that is not ours, or a listener that fails, is reported, never thrown into the connection's reader.
      try {
        const { from, channel, event } = JSON.parse(message.payload) as { from: string; channel: string; event: unknown };
        if (from !== self) options.receive(channel, event);
      } catch (error) {
        options.onError(error instanceof Error ? error : new Error(String(error)));
      }
    });
    next.on('error', (error) => {
      options.onError(error);
      drop(next);
    });
    next.on('end', () => drop(next));
    try {
      await next.connect();
      await next.query(`listen ${RELAY_CHANNEL}`);
    } catch (error) {
      next.end().catch(() => undefined);
      throw error;
    }
    // Stopped while connecting: nobody will end it otherwise.
    if (stopped) await next.end();
    else client = next;
  };

  /** The connection `which` failed or ended: connect again, unless stopped. */
  const drop = (which: pg.Client) => {
    if (client !== which) return;
    client = undefined;
    which.end().catch(() => undefined);
    reconnect(RETRY_MS.first);
  };

  const reconnect = (delay: number) => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      if (stopped) return;
      connect().catch((error: Error) => {
        options.onError(error);
        reconnect(Math.min(delay * 2, RETRY_MS.max));
      });
    }, delay);
  };

  await connect();
  return {
    send(channel, event) {
      if (!client) return options.onError(new Error(`event relay not connected: a '${channel}' event did not reach the other instances`));
      sent = client.query('select pg_notify($1, $2)', [RELAY_CHANNEL, JSON.stringify({ from: self, channel, event })]).then(
        () => undefined,
        (error: Error) => options.onError(error),
      );
    },
    async stop() {
      stopped = true;
      clearTimeout(retry);
      // What was sent goes out before the connection closes (a client runs its queries in order).
      await sent;
      const last = client;
      client = undefined;
      await last?.end();
    },
  };
}

/**
 * Relays this process's event channels (channel.ts) to and from the other
 * instances on the database: what `serve` runs on PostgreSQL. Returns the
 * function that stops it.
 */
export async function relayEvents(url: string, onError: (error: Error) => void): Promise<() => Promise<void>> {
  let receive: (channel: string, event: unknown) => void = () => undefined;
  const relay = await startPostgresRelay({ url, receive: (channel, event) => receive(channel, event), onError });
  const attached = attachRelay(relay);
  receive = attached.receive;
  return async () => {
    attached.detach();
    await relay.stop();
  };
}
