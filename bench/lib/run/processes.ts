import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { ROOT } from '../scales';

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => ok(port));
    });
    srv.on('error', fail);
  });
}

export interface Started {
  name: string;
  base: string;
  pid: number;
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

// Every process this run started, so that every exit path can stop them.
const running = new Set<Started>();

/** Stops every process the run started (SIGTERM, then SIGKILL after 10 s). */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((p) => p.stop()));
}

let hooked = false;
function hookExit(): void {
  if (hooked) return;
  hooked = true;
  // Last resort: a synchronous kill when the runner exits without having stopped its children.
  process.on('exit', () => {
    for (const p of running) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping the processes this run started…`);
      void stopAll().finally(() => process.exit(130));
    });
  }
}

/** Spawns `node --import tsx <script> …args` (plain `node` when `tsx: false`) from the repository root and waits until `health` answers 200. */
export async function startNode(opts: {
  name: string;
  script: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  health: string;
  timeoutMs?: number;
  nodeArgs?: string[];
  tsx?: boolean;
}): Promise<Started> {
  hookExit();
  const child = spawn(
    process.execPath,
    [...(opts.nodeArgs ?? []), ...(opts.tsx === false ? [] : ['--import', 'tsx']), opts.script, ...opts.args],
    { cwd: ROOT, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const keep = (d: Buffer) => {
    output += d.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const base = `http://127.0.0.1:${opts.port}`;
  let stopping: Promise<void> | null = null;
  const started: Started = {
    name: opts.name,
    base,
    pid: child.pid!,
    child,
    output: () => output,
    stop() {
      stopping ??= new Promise<void>((ok) => {
        if (child.exitCode !== null || child.signalCode !== null) return ok();
        const hard = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(hard);
          ok();
        });
        child.kill('SIGTERM');
      }).finally(() => running.delete(started));
      return stopping;
    },
  };
  running.add(started);
  const deadline = Date.now() + (opts.timeoutMs ?? 180_000);
  for (;;) {
    if (child.exitCode !== null) {
      running.delete(started);
      throw new Error(`${opts.name} exited with ${child.exitCode}:\n${output.slice(-4000)}`);
    }
    try {
      if ((await fetch(`${base}${opts.health}`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await started.stop();
      throw new Error(`${opts.name} did not become healthy:\n${output.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return started;
}

/** Resident set size of a process in MB (VmRSS), or null when it is gone. */
export function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; `peak()` is the largest value seen. */
export class RssSampler {
  private timer: NodeJS.Timeout | null = null;
  private max = 0;

  constructor(
    private pid: number,
    private everyMs = 100,
  ) {}

  start(): this {
    this.max = Math.max(this.max, rssMb(this.pid) ?? 0);
    this.timer = setInterval(() => {
      this.max = Math.max(this.max, rssMb(this.pid) ?? 0);
    }, this.everyMs);
    return this;
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.max = Math.max(this.max, rssMb(this.pid) ?? 0);
    return Math.round(this.max * 10) / 10;
  }
}
