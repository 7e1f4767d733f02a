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

/**
 * The memory a group of processes holds together, in MiB: each one's private pages plus their
 * shared pages counted once. Adding their RSS counts twice the pages they share (the node binary
 * and its libraries, about 40 MiB, mapped by the server and the segmentation process alike). A
 * file mapping's shared pages are counted once per file and offset, at the most any of the
 * processes has resident there. Linux only (/proc/PID/smaps); 0 once the processes have exited.
 */
export function togetherOf(pids) {
  let privatePages = 0;
  const shared = new Map();
  for (const pid of pids) {
    let smaps;
    try {
      smaps = fs.readFileSync(`/proc/${pid}/smaps`, 'utf8');
    } catch {
      continue;
    }
    const mine = new Map();
    let key;
    for (const line of smaps.split('\n')) {
      const header = /^[0-9a-f]+-[0-9a-f]+ \S+ ([0-9a-f]+) \S+ (\d+)/.exec(line);
      if (header) {
        key = header[2] === '0' ? undefined : `${header[2]}:${header[1]}`;
        continue;
      }
      const field = /^(Private_Clean|Private_Dirty|Shared_Clean|Shared_Dirty):\s+(\d+) kB/.exec(line);
      if (!field) continue;
      const kb = Number(field[2]);
      if (field[1].startsWith('Private') || key === undefined) privatePages += kb;
      else mine.set(key, (mine.get(key) ?? 0) + kb);
    }
    for (const [k, kb] of mine) shared.set(k, Math.max(shared.get(k) ?? 0, kb));
  }
  let sharedPages = 0;
  for (const kb of shared.values()) sharedPages += kb;
  return (privatePages + sharedPages) / 1024;
}
