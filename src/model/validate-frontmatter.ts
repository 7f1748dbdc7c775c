import type { z } from 'astro/zod';
import { ContentError, ContentErrors } from './content-error.ts';
import { fieldLine } from './frontmatter.ts';

/** Validates frontmatter against a schema; every problem names the file, the field's line and what was expected. */
export function validateFrontmatter<Schema extends z.ZodType>(
  schema: Schema,
  file: string,
  text: string,
  frontmatter: unknown,
): z.output<Schema> {
  const result = schema.safeParse(frontmatter);
  if (result.success) return result.data;
  throw new ContentErrors(
    result.error.issues.map((issue) => {
      const field = issue.path.map(String).join('.');
      const top = issue.path[0];
      return new ContentError(
        file,
        fieldLine(text, typeof top === 'string' ? top : undefined),
        `${field === '' ? 'frontmatter' : `field "${field}"`}: ${issue.message}`,
      );
    }),
  );
}
