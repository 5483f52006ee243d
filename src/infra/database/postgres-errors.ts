/** SQLSTATE codes the services react to. */
export const PG = {
  UNIQUE_VIOLATION: '23505',
  FOREIGN_KEY_VIOLATION: '23503',
  SERIALIZATION_FAILURE: '40001',
  DEADLOCK_DETECTED: '40P01',
  INVALID_TEXT_REPRESENTATION: '22P02',
} as const;

interface DriverError {
  code?: string;
  constraint?: string;
  driverError?: DriverError;
}

const driverErrorOf = (error: unknown): DriverError | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as DriverError;
  return e.driverError ?? e;
};

export const sqlStateOf = (error: unknown): string | undefined => driverErrorOf(error)?.code;

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = driverErrorOf(error);
  return e?.code === PG.UNIQUE_VIOLATION && (constraint === undefined || e.constraint === constraint);
}

export const isRetryableTransactionError = (error: unknown): boolean => {
  const code = sqlStateOf(error);
  return code === PG.SERIALIZATION_FAILURE || code === PG.DEADLOCK_DETECTED;
};
