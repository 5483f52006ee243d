import { cpus, totalmem } from 'node:os';

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  date: string;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cores: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
  };
}

export const describeMachine = (m: MachineInfo): string =>
  `${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}, measured ${m.date.slice(0, 16).replace('T', ' ')} UTC`;
