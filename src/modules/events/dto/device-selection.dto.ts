import { ValidatorConstraint, type ValidatorConstraintInterface, type ValidationArguments } from 'class-validator';

export const MAX_DELEGATED_DEVICES = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `"all"`, or 1–20 distinct session ids. */
export @ValidatorConstraint({ name: 'deviceSelection' })
class DeviceSelection implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    if (value === 'all') return true;
    return (
      Array.isArray(value) &&
      value.length >= 1 &&
      value.length <= MAX_DELEGATED_DEVICES &&
      value.every((id) => typeof id === 'string' && UUID.test(id)) &&
      new Set(value).size === value.length
    );
  }

  defaultMessage(args: ValidationArguments): string {
    return `${args.property} must be "all" or a list of 1 to ${MAX_DELEGATED_DEVICES} distinct session ids`;
  }
}
