import { useId } from 'react';
import { ProfileLanguageLevel } from '@/lib/schema';
import type { DraftSectionProps } from './draftProps';
import { LANGUAGE_LEVEL_LABELS } from './labels';
import { TextField } from './TextField';

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
      <legend>Languages</legend>
      <p className="hint">Each language as a two-letter code (en, fr, de, es…) with your level.</p>
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are only added at the end or removed
        <div className="row" key={index}>
          <TextField
            label={`Language ${index + 1}`}
            value={row.language}
            onChange={(language) => setRow(index, { language })}
            error={errors[`languages.${index}.language`]}
          />
          <div className="field">
            <label htmlFor={`${id}-level-${index}`}>Level of language {index + 1}</label>
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
              Remove language {index + 1}
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        onClick={() => update({ languages: [...rows, { language: '', level: 'professional' }] })}
      >
        Add a language
      </button>
    </fieldset>
  );
}
