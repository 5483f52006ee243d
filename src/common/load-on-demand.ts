/**
 * A library loaded the first time the configuration needs it instead of at boot: Redis clients, the SMTP
 * transport and the Stripe SDK cost every server that never uses them (the embedded default) CPU time to load
 * and resident memory. Synchronous `require`, so the CommonJS build and its types are the ones imported
 * statically elsewhere (`import()` would select a different ES module build for some of them).
 *
 * Usage: `loadOnDemand('ioredis') as typeof import('ioredis')`.
 */
export function loadOnDemand(specifier: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the point: loaded when first called, not at import
  return require(specifier);
}
