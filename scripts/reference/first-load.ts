// Bundled and run by scripts/generate-us-tariff-reference.ts in a fresh node process, the way the
// command line loads the built-in data: the first load of a process, code not yet warm.
import { builtInScheduleFor, builtInSection301For } from '../../lib/core/reference/built-in-us-tariff';

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const [wall0, cpu0] = [performance.now(), cpuMs()];
const schedule = await builtInScheduleFor('US');
const [wall1, cpu1] = [performance.now(), cpuMs()];
const list = await builtInSection301For('US');
const [wall2, cpu2] = [performance.now(), cpuMs()];
// A first lookup, as the first rule does: the lines are made on demand.
schedule!.lines.get('8471300100');
console.log(JSON.stringify({ lines: schedule!.lines.size, codes301: list!.rates.size, scheduleMs: wall1 - wall0, scheduleCpuMs: cpu1 - cpu0, section301Ms: wall2 - wall1, section301CpuMs: cpu2 - cpu1 }));
