import type { z } from 'zod';

/**
 * The fields of a damaged row that still read correctly, each checked on its own against its
 * schema: a repair keeps all of them and replaces only the ones that are broken.
 */
export function salvageFields<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  value: unknown,
): Partial<z.output<z.ZodObject<Shape>>> {
  if (typeof value !== 'object' || value === null) return {};
  const stored = value as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const parsed = (field as z.ZodType).safeParse(stored[key]);
    if (parsed.success) fields[key] = parsed.data;
  }
  return fields as Partial<z.output<z.ZodObject<Shape>>>;
}
