/**
 * Statistics and table formatting for the search benchmark.
 *
 * `readCpuTimes()`: CPU jiffies so far from /proc/stat (busy, stolen, total; undefined off Linux);
 * `cpuShare(before, after)`: e.g. "CPU busy 61 %, stolen by the host 2 %"; `median`, `p95` (nearest rank;
 * `quantile(values, q)`: linear interpolation, for the interquartile range;
 * NaN for no values); `kb` (1024 bytes, one decimal), `ms` ('—' for NaN), `pm` (PASS/MISS against a limit);
 * `row(...cells)`: a table row, each cell [text, width], right-aligned unless the width is negative, CJK
 * characters counted as two columns. Errors: none.
 */
import { readFileSync } from 'node:fs';

/** The machine's CPU time so far from Linux's /proc/stat (jiffies, all CPUs); undefined elsewhere. */
export function readCpuTimes(): { busy: number; steal: number; total: number } | undefined {
  let fields: number[];
  try {
    // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
    fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  } catch {
    return undefined;
  }
  if (fields.length < 8 || fields.some(Number.isNaN)) return undefined;
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields as [number, number, number, number, number, number, number, number];
  const busy = user + nice + system + irq + softirq;
  return { busy, steal, total: busy + idle + iowait + steal };
}

/**
 * How the machine's CPUs were used between two readings, e.g. "CPU busy 61 %, stolen by the host 2 %":
 * time stolen by the hypervisor (other guests) slows every figure without showing in the load average.
 */
export function cpuShare(before: ReturnType<typeof readCpuTimes>, after: ReturnType<typeof readCpuTimes>): string {
  if (!before || !after || after.total <= before.total) return 'CPU time not readable (/proc/stat)';
  const share = (key: 'busy' | 'steal') => (((after[key] - before[key]) / (after.total - before.total)) * 100).toFixed(0);
  return `CPU busy ${share('busy')} %, stolen by the host ${share('steal')} %`;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank 95th percentile. */
export function p95(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.ceil(0.95 * s.length) - 1]! : Number.NaN;
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
export const ms = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(0));
export const pm = (value: number, limit: number) => (Number.isNaN(value) ? '' : value <= limit ? 'PASS' : 'MISS');

/** Pad to a display width, counting CJK characters as two columns. */
function pad(text: string, width: number, left: boolean): string {
  const shown = [...text].reduce((n, ch) => n + (/[\u2E80-\uFFEF]/u.test(ch) ? 2 : 1), 0);
  const fill = ' '.repeat(Math.max(0, width - shown));
  return left ? text + fill : fill + text;
}

/** A table row: each cell [text, width], right-aligned unless its width is negative (left-aligned). */
export function row(...cells: [string, number][]): string {
  return cells.map(([text, width]) => pad(text, Math.abs(width), width < 0)).join(' ').trimEnd();
}

/** The q-quantile (0 ≤ q ≤ 1) with linear interpolation between closest ranks; NaN for no values. */
export function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo]! + (s[hi]! - s[lo]!) * (at - lo);
}
