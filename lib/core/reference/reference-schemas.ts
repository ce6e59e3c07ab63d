import { z } from 'zod';
import type { Section301Snapshot } from './section301-list';
import type { UsScheduleSnapshot } from './us-schedule-snapshot';

/**
 * The full shape of the reference data files the product ships, for the generator's output and
 * its test. Kept out of the loading path: the product loads these files with a shape check only
 * (they are its own code), so a command-line run does not pay for building these schemas.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const usScheduleSnapshotSchema: z.ZodType<UsScheduleSnapshot> = z.object({
  format: z.literal('customs-preflight/us-schedule@1'),
  source: z.string(),
  file: z.string(),
  asOf: isoDate,
  dates: z.array(isoDate),
  units: z.array(z.string()),
  agencies: z.array(z.string()),
  attributes: z.string().regex(/^[0-9a-z.,]*$/),
  codes: z.string().regex(/^[0-9,]*$/),
  attributeRuns: z.string().regex(/^[0-9a-z*,]*$/),
});

export const section301SnapshotSchema: z.ZodType<Section301Snapshot> = z.object({
  format: z.literal('customs-preflight/us-section301@1'),
  source: z.string(),
  file: z.string(),
  byRate: z.record(z.string().regex(/^\d+(\.\d+)?$/), z.string().regex(/^[0-9,]*$/)),
});
