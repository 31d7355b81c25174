// Node's assert is not in a web worker; these few checks are all the web suite needs.
export function ok(value: unknown, message = 'expected a truthy value'): asserts value {
  if (!value) {
    throw new Error(message);
  }
}

export function strictEqual<T>(actual: T, expected: T, message?: string): void {
  if (actual !== expected) {
    throw new Error(message ?? `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export function deepStrictEqual<T>(actual: T, expected: T, message?: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(message ?? `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export function match(actual: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(actual)) {
    throw new Error(message ?? `${JSON.stringify(actual)} does not match ${pattern}`);
  }
}
