import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The built CLI (`npm run build`; `npm test` builds first). */
export const CLI = join(import.meta.dirname, '..', '..', 'dist', 'src', 'cli', 'main.js');

/** Starts `clientpipe serve --port 0 …args` with `env` added; resolves with its address once it listens. */
export async function startServe(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ url: string; server: ChildProcess }> {
  const server = spawn('node', [CLI, 'serve', '--port', '0', ...args], { env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API on (http:\/\/[^/\s]+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
  });
  return { url, server };
}

/** Stops a process with SIGTERM, as an operator would; resolves with its exit code. */
export async function stopProcess(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return exited;
}
