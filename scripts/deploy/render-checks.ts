import { DATA_VOLUME } from './dockerfile-checks';
import { isObj, list, looksSecret, objAt, str, type Obj } from './shape';

const KEY_VALUE_TYPES = ['keyvalue', 'redis'];
const SOURCES = ['value', 'generateValue', 'sync', 'fromDatabase', 'fromService', 'fromGroup'];
/** Production refuses to boot without them, and only the operator knows them: asked for when the Blueprint is applied. */
export const OPERATOR_VARIABLES = ['PUBLIC_URL', 'SMTP_URL', 'MAIL_FROM'];

export interface RenderCheckContext {
  /** Variables the app reads (src/config/app-config.ts). */
  knownVariables: readonly string[];
  /** Whether a path relative to the repository root exists. */
  fileExists: (path: string) => boolean;
}

function envVarProblems(vars: Obj[], ctx: RenderCheckContext): string[] {
  return vars.flatMap((v) => {
    const key = str(v.key);
    if (!key) return v.fromGroup === undefined ? ['envVars: every entry needs a key (or fromGroup)'] : [];
    const problems: string[] = [];
    const sources = SOURCES.filter((s) => v[s] !== undefined);
    if (sources.length !== 1) problems.push(`envVars.${key}: needs exactly one of ${SOURCES.join(', ')}`);
    if (v.sync !== undefined && v.sync !== false) problems.push(`envVars.${key}: sync may only be false`);
    if (!ctx.knownVariables.includes(key)) problems.push(`envVars.${key}: not a variable of src/config/app-config.ts`);
    if (looksSecret(key) && v.value !== undefined) {
      problems.push(`envVars.${key}: a secret must not be committed (use sync: false or generateValue)`);
    }
    return problems;
  });
}

function wiringProblems(doc: Obj, services: Obj[], byKey: Map<string, Obj>): string[] {
  const problems: string[] = [];
  const databases = list(doc.databases).filter(isObj);
  const fromDb = objAt(byKey.get('DATABASE_URL'), 'fromDatabase');
  if (!fromDb || !databases.some((d) => str(d.name) === str(fromDb.name)) || str(fromDb.property) !== 'connectionString') {
    problems.push('envVars.DATABASE_URL: must be fromDatabase (a database of this file, property connectionString)');
  }
  const fromSvc = objAt(byKey.get('REDIS_URL'), 'fromService');
  const kv = services.find((s) => KEY_VALUE_TYPES.includes(str(s.type) ?? '') && str(s.name) === str(fromSvc?.name));
  if (!fromSvc || !kv || !KEY_VALUE_TYPES.includes(str(fromSvc.type) ?? '') || str(fromSvc.property) !== 'connectionString') {
    problems.push('envVars.REDIS_URL: must be fromService (a keyvalue service of this file, property connectionString)');
  }
  if (byKey.get('JWT_SECRET')?.generateValue !== true) problems.push('envVars.JWT_SECRET: must use generateValue: true');
  if (str(byKey.get('NODE_ENV')?.value) !== 'production') problems.push('envVars.NODE_ENV: must be production');
  // Render puts exactly one proxy in front of the service: trust that one hop, no more (the app trusts none by default).
  if (str(byKey.get('TRUST_PROXY')?.value) !== '1') problems.push('envVars.TRUST_PROXY: must be 1 (Render has exactly one proxy in front)');
  for (const key of OPERATOR_VARIABLES) {
    if (byKey.get(key)?.sync !== false) problems.push(`envVars.${key}: must be declared with sync: false (the operator must set it)`);
  }
  for (const db of databases) {
    const major = Number(str(db.postgresMajorVersion) ?? '15');
    if (!(major >= 15)) problems.push(`databases.${str(db.name) ?? '?'}: postgresMajorVersion must be 15 or newer`);
  }
  for (const store of services.filter((s) => KEY_VALUE_TYPES.includes(str(s.type) ?? ''))) {
    if (!Array.isArray(store.ipAllowList)) problems.push(`services.${str(store.name) ?? '?'}: a Key Value instance needs ipAllowList`);
  }
  return problems;
}

function webShapeProblems(web: Obj, ctx: RenderCheckContext): string[] {
  const problems: string[] = [];
  if ((str(web.runtime) ?? str(web.env)) !== 'docker') problems.push('web service: runtime must be docker');
  const dockerfile = str(web.dockerfilePath);
  if (!dockerfile || !ctx.fileExists(dockerfile)) problems.push('web service: dockerfilePath must name the Dockerfile');
  if (str(web.healthCheckPath) !== '/api/health') problems.push('web service: healthCheckPath must be /api/health');
  const disk = objAt(web, 'disk');
  if (disk && str(disk.mountPath) !== DATA_VOLUME) problems.push(`web service: the disk must be mounted at ${DATA_VOLUME}`);
  return problems;
}

/** Everything wrong with render.yaml's shape; empty when it is fine. */
export function renderProblems(doc: unknown, ctx: RenderCheckContext): string[] {
  if (!isObj(doc)) return ['must be a YAML mapping'];
  const services = list(doc.services).filter(isObj);
  const web = services.find((s) => str(s.type) === 'web');
  if (!web) return ['needs a web service (type: web)'];
  const vars = list(web.envVars).filter(isObj);
  const byKey = new Map(vars.flatMap((v): Array<[string, Obj]> => (str(v.key) ? [[str(v.key) ?? '', v]] : [])));
  return [...webShapeProblems(web, ctx), ...wiringProblems(doc, services, byKey), ...envVarProblems(vars, ctx)];
}
