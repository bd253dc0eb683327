import { Agent, get } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/*
 * A latency probe in a worker thread of its own: its timers and its clock
 * keep running while the server's event loop (the bench's main thread,
 * with PGlite inside it) is busy, so a stalled server shows as latency
 * instead of as requests that were never sent. Open loop: every
 * `everyMs` each path is requested, whether or not the previous answer
 * has come back, as independent users would. Like browsers, the probe
 * keeps a few connections open (`connections` per path) and queues a
 * request while they are all busy: the wait counts. (Opening a new
 * connection for every request that finds none free measures the kernel
 * and libuv's accept instead: under stalls of a few hundred ms some new
 * connections wait seconds to be accepted.)
 *
 * Messages: { start: phase } begins a phase; { stop: true } stops sending,
 * waits for the answers still out and posts the phase's ProbeSamples.
 */

export interface ProbeOptions {
  url: string;
  headers: Record<string, string>;
  paths: readonly string[];
  everyMs: number;
  /** Keep-alive connections per path. */
  connections: number;
}

/**
 * Per path: the latency of every successful answer (ms, send to last byte),
 * when each was sent (epoch ms, performance.timeOrigin + now: comparable
 * across threads), and how many failed.
 */
export type ProbeSamples = Record<string, { ms: number[]; sentAt: number[]; errors: number }>;

const { url, headers, paths, everyMs, connections } = workerData as ProbeOptions;
const agents = new Map(paths.map((path) => [path, new Agent({ keepAlive: true, maxSockets: connections })]));

/** One GET; resolves with the status once the whole body has arrived. */
function request(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(`${url}${path}`, { headers, agent: agents.get(path)! }, (response) => {
      response.resume();
      response.once('end', () => resolve(response.statusCode ?? 0));
      response.once('error', reject);
    }).once('error', reject);
  });
}
let timers: NodeJS.Timeout[] = [];
let samples: ProbeSamples = {};
const inFlight = new Set<Promise<void>>();

async function probe(path: string, into: ProbeSamples[string]): Promise<void> {
  const started = performance.now();
  try {
    const status = await request(path);
    if (status < 200 || status > 299) {
      into.errors++;
      return;
    }
    into.ms.push(performance.now() - started);
    into.sentAt.push(performance.timeOrigin + started);
  } catch {
    into.errors++;
  }
}

parentPort!.on('message', async (message: { start?: string; stop?: boolean }) => {
  if (message.start !== undefined) {
    samples = Object.fromEntries(paths.map((path) => [path, { ms: [], sentAt: [], errors: 0 }]));
    const current = samples;
    timers = paths.map((path) =>
      setInterval(() => {
        const request = probe(path, current[path]!);
        inFlight.add(request);
        void request.finally(() => inFlight.delete(request));
      }, everyMs),
    );
  } else if (message.stop) {
    for (const timer of timers) clearInterval(timer);
    timers = [];
    await Promise.all(inFlight);
    parentPort!.postMessage(samples);
  }
});
