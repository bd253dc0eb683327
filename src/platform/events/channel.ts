import { EventEmitter } from 'node:events';

/**
 * A named stream of small events about committed changes: company and
 * dossier changes, notifications, ended sessions, saved trigger rules.
 * Publishing tells this process's listeners at once (caches forget,
 * /api/events streams send) and, when a relay is attached (several app
 * instances on one PostgreSQL: postgres-relay.ts), every other instance's
 * listeners a moment later. Publish after the transaction commits, never
 * inside it: a change that rolls back must not be announced.
 */
export interface Channel<T> {
  readonly name: string;
  publish(event: T): void;
  /** Listens; returns the function that stops listening. */
  on(listener: (event: T) => void): () => void;
}

/** What carries events between instances: `send` gets every event published here. */
export interface Relay {
  send(channel: string, event: unknown): void;
}

const deliverers = new Map<string, (event: unknown) => void>();
let attached: Relay | undefined;

/** The channel of this name; one per name in a process. Events must survive JSON (plain data). */
export function channel<T>(name: string): Channel<T> {
  if (deliverers.has(name)) throw new Error(`event channel '${name}' exists already`);
  const emitter = new EventEmitter().setMaxListeners(0);
  const deliver = (event: unknown) => emitter.emit('event', event);
  deliverers.set(name, deliver);
  return {
    name,
    publish(event) {
      deliver(event);
      attached?.send(name, event);
    },
    on(listener) {
      emitter.on('event', listener);
      return () => emitter.off('event', listener);
    },
  };
}

/**
 * Attaches the process's relay: from now on every published event also
 * goes to `relay.send`. Returns what the relay calls with an event from
 * another instance (delivered to this process's listeners only, never sent
 * on again), and the function that detaches it.
 */
export function attachRelay(relay: Relay): { receive(channel: string, event: unknown): void; detach(): void } {
  if (attached) throw new Error('an event relay is attached already');
  attached = relay;
  return {
    // A channel this version does not know (another version of the app, mid-deploy) is nobody's business here.
    receive: (name, event) => deliverers.get(name)?.(event),
    detach: () => {
      if (attached === relay) attached = undefined;
    },
  };
}
