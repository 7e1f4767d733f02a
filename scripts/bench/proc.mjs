// Memory of a process and its children, read from /proc (Linux), for the benchmark and the soak.
import * as fs from 'node:fs';

/** Resident and peak resident memory of a process, in MiB (zeros once it has exited). */
export function memoryOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const get = (k) => Number((new RegExp(`${k}:\\s+(\\d+)`).exec(status) ?? [])[1] ?? 0) / 1024;
    return { rss: get('VmRSS'), hwm: get('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/** The pids of a process's children. */
export function childrenOf(pid) {
  const kids = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) kids.push(Number(entry));
    } catch {
      // the process ended while being read
    }
  }
  return kids;
}
