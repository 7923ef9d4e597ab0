import { useId } from 'react';
import { LANGUAGE_LEVEL_LABELS, LANGUAGE_TEXT as T } from '@/components/text';
import { KNOWN_LANGUAGES } from '@/lib/extract/kinds/language-names';
import { ProfileLanguageLevel } from '@/lib/schema';
import type { DraftSectionProps } from './draftProps';
import { FieldError } from './FieldError';

const names = new Intl.DisplayNames(undefined, { type: 'language' });

/** The languages postings are read for, by name in the browser's language. */
const LANGUAGE_OPTIONS = KNOWN_LANGUAGES.map((code) => ({
  code,
  name: names.of(code) ?? code,
})).sort((a, b) => a.name.localeCompare(b.name));

/** The options, with a code the list lacks (from an older profile or an import) kept selectable. */
function optionsWith(code: string) {
  const known = code === '' || LANGUAGE_OPTIONS.some((o) => o.code === code);
  return known ? LANGUAGE_OPTIONS : [...LANGUAGE_OPTIONS, { code, name: names.of(code) ?? code }];
}

function isLevel(value: string): value is ProfileLanguageLevel {
  return ProfileLanguageLevel.safeParse(value).success;
}

/** Human languages with a level on the contract's words or on the CEFR scale. */
export function LanguageFields({ draft, update, errors }: DraftSectionProps) {
  const id = useId();
  const rows = draft.languages;
  const setRow = (index: number, patch: Partial<(typeof rows)[number]>) =>
    update({ languages: rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  return (
    <fieldset>
      <legend>{T.heading}</legend>
      <p className="hint">{T.hint}</p>
      {rows.map((row, index) => {
        const error = errors[`languages.${index}.language`];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are only added at the end or removed
          <div className="row" key={index}>
            <div className="field">
              <label htmlFor={`${id}-language-${index}`}>{T.language(index + 1)}</label>
              <select
                id={`${id}-language-${index}`}
                value={row.language}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-language-${index}-error` : undefined}
                onChange={(e) => setRow(index, { language: e.target.value })}
              >
                <option value="">{T.choose}</option>
                {optionsWith(row.language).map((o) => (
                  <option key={o.code} value={o.code}>
                    {o.name}
                  </option>
                ))}
              </select>
              {error && <FieldError id={`${id}-language-${index}-error`} message={error} />}
            </div>
            <div className="field">
              <label htmlFor={`${id}-level-${index}`}>{T.level(index + 1)}</label>
              <select
                id={`${id}-level-${index}`}
                value={row.level}
                onChange={(e) => {
                  if (isLevel(e.target.value)) setRow(index, { level: e.target.value });
                }}
              >
                {ProfileLanguageLevel.options
                  .flatMap((o) => o.options)
                  .map((level) => (
                    <option key={level} value={level}>
                      {LANGUAGE_LEVEL_LABELS[level]}
                    </option>
                  ))}
              </select>
            </div>
            <div className="field">
              <button
                type="button"
                onClick={() => update({ languages: rows.filter((_, i) => i !== index) })}
              >
                {T.remove(index + 1)}
              </button>
            </div>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => update({ languages: [...rows, { language: '', level: 'professional' }] })}
      >
        {T.add}
      </button>
    </fieldset>
  );
}
