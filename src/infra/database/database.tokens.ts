export const DATA_SOURCE = Symbol('DATA_SOURCE');
export const EMBEDDED_POSTGRES = Symbol('EMBEDDED_POSTGRES');
