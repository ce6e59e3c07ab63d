/**
 * What a CPU profile spent its time on, by function, and what ran in each long task:
 *
 *   npx tsx scripts/bench/profile-tasks.ts worker.cpuprofile [tasks.json] [--top N] [--over MS]
 *
 * The profile is V8's (.cpuprofile, e.g. BENCH_WORKER_PROFILE of `npm run bench:worker`); the
 * tasks are the thread's tasks from Chrome's trace (BENCH_WORKER_TASKS), whose timestamps are
 * on the profile's clock. Build with `wxt build --mode profile` first for readable names.
 * Prints self and total milliseconds per function; then, for every task with more than `--over`
 * ms of CPU (default 30), its wall and CPU time and the functions that ran in it (total ms).
 * A loaded machine stretches wall time (the thread waits for a core); CPU time does not.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
interface Task {
  ts: number;
  dur: number;
  tdur: number;
  name?: string;
  postedFrom?: string;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
};
const top = option('--top', 25);
const overMs = option('--over', 30);
const [profileFile, tasksFile] = args;
if (!profileFile) throw new Error('usage: profile-tasks.ts file.cpuprofile [tasks.json] [--top N] [--over MS]');

const profile = JSON.parse(readFileSync(profileFile, 'utf8')) as CpuProfile;
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const nameOf = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop() ?? ''}:${node.callFrame.lineNumber + 1}`;
/** The function names on a sample's stack, each once (recursion counted once). */
const stackNames = (id: number): Set<string> => {
  const names = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) names.add(nameOf(nodes.get(at)!));
  return names;
};

// Sample i covers the time until sample i + 1.
const times: number[] = [];
let clock = profile.startTime;
for (const delta of profile.timeDeltas) times.push((clock += delta));

function tally(from: number, to: number): { self: Map<string, number>; total: Map<string, number> } {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (let i = 0; i + 1 < times.length; i++) {
    if (times[i + 1]! <= from || times[i]! >= to) continue;
    const ms = (Math.min(times[i + 1]!, to) - Math.max(times[i]!, from)) / 1000;
    const id = profile.samples[i]!;
    const own = nameOf(nodes.get(id)!);
    self.set(own, (self.get(own) ?? 0) + ms);
    for (const name of stackNames(id)) total.set(name, (total.get(name) ?? 0) + ms);
  }
  return { self, total };
}

const largest = (map: Map<string, number>, count: number) =>
  [...map].filter(([name]) => !/^\((root|idle|program)\)/.test(name)).sort((a, b) => b[1] - a[1]).slice(0, count);
const print = (map: Map<string, number>, count: number, indent = '') => {
  for (const [name, ms] of largest(map, count)) console.log(`${indent}${ms.toFixed(1).padStart(8)} ${name}`);
};

const whole = tally(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
console.log('self ms, by function');
print(whole.self, top);
console.log('\ntotal ms (with what it called), by function');
print(whole.total, top);

if (tasksFile) {
  const tasks = (JSON.parse(readFileSync(tasksFile, 'utf8')) as Task[]).filter((task) => task.ts >= profile.startTime && task.ts <= clock);
  const long = tasks.filter((task) => task.tdur / 1000 > overMs).sort((a, b) => b.tdur - a.tdur);
  console.log(`\n${long.length} of ${tasks.length} tasks in the profile took over ${overMs} ms of CPU`);
  for (const task of long) {
    const inTask = tally(task.ts, task.ts + task.dur);
    const what = [task.name, task.postedFrom && `posted from ${task.postedFrom}`].filter(Boolean).join(', ');
    console.log(`-- at ${((task.ts - profile.startTime) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(1)} ms wall, ${(task.tdur / 1000).toFixed(1)} ms CPU${what ? ` (${what})` : ''}`);
    print(inTask.total, 12, '   ');
  }
}
