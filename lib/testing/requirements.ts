import { extract } from '../extract/index';
import type { Requirement } from '../schema';
import { askedLevel } from '../schema/values';

/**
 * Test-only readers of what the engine asks for in a text, as short tuples a test can compare
 * (shipped code never imports lib/testing).
 */

export function requirementsOf(text: string): Requirement[] {
  return extract({ text }).requirements;
}

type Named = 'skill' | 'certification' | 'license';

/** Named items of the given kinds (skills and certifications unless told) as [name, required]. */
export function namedOf(
  text: string,
  kinds: readonly Named[] = ['skill', 'certification'],
): Array<[string, boolean]> {
  return requirementsOf(text).flatMap((r) =>
    (kinds as readonly string[]).includes(r.kind) && 'name' in r
      ? [[r.name, r.required] as [string, boolean]]
      : [],
  );
}

/** Languages as [code, level asked ("native" where the posting says so), required]. */
export function spokenOf(text: string): Array<[string, string | null, boolean]> {
  return requirementsOf(text).flatMap((r) =>
    r.kind === 'language'
      ? [[r.language, askedLevel(r), r.required] as [string, string | null, boolean]]
      : [],
  );
}

/** Education as [level, required, equivalent accepted]. */
export function schoolingOf(text: string): Array<[string, boolean, boolean]> {
  return requirementsOf(text).flatMap((r) =>
    r.kind === 'education'
      ? [[r.level, r.required, r.equivalentAccepted] as [string, boolean, boolean]]
      : [],
  );
}
