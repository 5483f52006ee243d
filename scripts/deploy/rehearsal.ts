import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Dockerfile } from './dockerfile';
import { listContext, type IgnoreRules } from './dockerignore';
import { bootChecks, type CheckResult } from './image-boot';
import { ImageBuilder } from './image-build';

export interface RehearsalOptions {
  repoRoot: string;
  file: Dockerfile;
  ignore: IgnoreRules;
  /** A PostgreSQL server where a throwaway database may be created (and dropped). */
  adminDatabaseUrl: string;
  redisUrl: string;
  keepTemp: boolean;
  log: (line: string) => void;
  report: (result: CheckResult) => void;
  /** Registers undo work that must run even when the check is interrupted. */
  onCleanup: (task: () => void | Promise<void>) => void;
}

const BUILD_CHECK = 'builds the image stages (npm ci, build, prune)';

/** The user that stands for the image's `node` user: this machine has `nobody`, not `node`. */
function standInUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function nodeVersionCheck(file: Dockerfile): CheckResult {
  const imageMajor = file.stages.map((s) => /^node:(\d+)/.exec(s.base)?.[1]).find(Boolean);
  const major = process.versions.node.split('.')[0];
  const ok = major === imageMajor;
  return { name: `host Node matches the image (node:${imageMajor ?? '?'})`, ok, detail: `host ${process.version}` };
}

/** Builds the image's stages on the host, then boots it against a fresh database as a non-root user. */
export async function rehearse(o: RehearsalOptions): Promise<void> {
  const nodeCheck = nodeVersionCheck(o.file);
  o.report(nodeCheck);
  const runAs = standInUser();
  const temp = mkdtempSync(join(tmpdir(), 'musicroom-deploy-'));
  chmodSync(temp, 0o755);
  o.onCleanup(() => (o.keepTemp ? o.log(`kept ${temp}`) : rmSync(temp, { recursive: true, force: true })));

  const contextFiles = listContext(o.repoRoot, o.ignore);
  o.log(`build context: ${contextFiles.length} files (after .dockerignore)`);
  const started = Date.now();
  const builder = new ImageBuilder({ file: o.file, contextDir: o.repoRoot, contextFiles, workDir: temp, owner: runAs, log: o.log });
  const image = await builder.build().catch((error: unknown) => {
    o.report({ name: BUILD_CHECK, ok: false, detail: error instanceof Error ? error.message : String(error) });
    return undefined;
  });
  if (!image) return;
  o.report({ name: BUILD_CHECK, ok: true, detail: `${Math.round((Date.now() - started) / 1000)} s` });

  for (const volume of image.volumes) {
    const dir = join(image.root, volume);
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    if (runAs) chownSync(dir, runAs.uid, runAs.gid);
  }

  const name = `musicroom_deploy_${randomBytes(6).toString('hex')}`;
  await withAdmin(o.adminDatabaseUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  o.onCleanup(() => withAdmin(o.adminDatabaseUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined));
  const databaseUrl = new URL(o.adminDatabaseUrl);
  databaseUrl.pathname = `/${name}`;
  o.log(`booting ${image.cmd?.join(' ') ?? '?'} as ${runAs ? `uid ${runAs.uid}` : 'the current user'} on database ${name}`);
  await bootChecks({ image, databaseUrl: databaseUrl.toString(), redisUrl: o.redisUrl, runAs, report: o.report, onCleanup: o.onCleanup });
}
