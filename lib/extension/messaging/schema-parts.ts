import * as z from 'zod/mini';

/**
 * Building blocks of the message schemas. Functions, not schemas made at load: a module that
 * imports them keeps only the schemas it builds itself (a bundler must keep every top-level
 * `schema.check(...)` call, as a method call may have effects).
 */

/** Text of at most `max` characters. */
export const text = (max: number) => z.string().check(z.maxLength(max));
/** A whole number of things, zero included. */
export const count = () => z.int().check(z.nonnegative());
