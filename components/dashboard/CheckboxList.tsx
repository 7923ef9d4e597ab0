/** One checkbox per option; ticking adds the option to `chosen`, unticking removes it. */
export function CheckboxList<T extends string>({
  options,
  labels,
  chosen,
  onChange,
}: {
  options: readonly T[];
  labels: Record<T, string>;
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
}) {
  return options.map((option) => (
    <label key={option} className="field-inline">
      <input
        type="checkbox"
        checked={chosen.includes(option)}
        onChange={(e) =>
          onChange(e.target.checked ? [...chosen, option] : chosen.filter((x) => x !== option))
        }
      />
      {labels[option]}
    </label>
  ));
}
