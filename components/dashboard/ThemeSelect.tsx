import { type Theme, useDashboard } from '@/components/dashboard/store';
import { THEME_TEXT as T } from '@/components/text';

const OPTIONS: { value: Theme; label: string }[] = [
  { value: 'system', label: T.system },
  { value: 'light', label: T.light },
  { value: 'dark', label: T.dark },
];

export function ThemeSelect() {
  const theme = useDashboard((s) => s.theme);
  const setTheme = useDashboard((s) => s.setTheme);
  return (
    <label className="field-inline" style={{ marginBottom: 0 }}>
      {T.label}
      <select
        value={theme}
        onChange={(e) => {
          const next = OPTIONS.find((o) => o.value === e.target.value);
          if (next) setTheme(next.value);
        }}
      >
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
