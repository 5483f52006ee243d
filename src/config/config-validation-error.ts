export class ConfigValidationError extends Error {
  constructor(readonly problems: Record<string, string>) {
    super(
      `Invalid configuration:\n${Object.entries(problems)
        .map(([name, problem]) => `  - ${name} ${problem}`)
        .join('\n')}`,
    );
  }
}
