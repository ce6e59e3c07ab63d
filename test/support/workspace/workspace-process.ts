import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BINARY = fileURLToPath(new URL('../../../bin/customs-preflight.js', import.meta.url));

export interface WorkspaceProcess {
  process: ChildProcess;
  /** What it printed until it was ready. */
  lines: string[];
  url: string;
  stop(): Promise<number | null>;
}

/**
 * `customs-preflight workspace …` as a team runs it: a separate node process, ready once it
 * prints "Workspace ready at …" (the contract scripts rely on).
 */
export async function startWorkspaceProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<WorkspaceProcess> {
  const child = spawn(process.execPath, [BINARY, 'workspace', ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const complete = buffered.split('\n');
      buffered = complete.pop()!;
      for (const line of complete) {
        lines.push(line);
        const ready = /^Workspace ready at (\S+)$/.exec(line);
        if (ready) resolve(ready[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`customs-preflight workspace exited (${code}) before it was ready: ${stderr}`)));
  });
  return {
    process: child,
    lines,
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
