import { cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  date: string;
  /** 1, 5 and 15 min load averages when the run started: the machine may be shared with other work. */
  loadAverage: number[];
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cores: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

export const describeMachine = (m: MachineInfo): string =>
  `${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, measured ${m.date.slice(0, 16).replace('T', ' ')} UTC, load average ${m.loadAverage.join(' / ')} at the start`;
