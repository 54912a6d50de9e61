import type { ComponentChildren } from 'preact';

/** The ids a control points to with aria-describedby: its hint and, when shown, its error. */
export function describedBy(id: string, parts: { hint?: unknown; error?: unknown }): string | undefined {
  const ids = [parts.hint ? `${id}-hint` : '', parts.error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/**
 * A labelled control: the label, an optional hint under it, the control (`children`, whose id is
 * `id` and whose aria-describedby is `describedBy(id, …)`), and an error when there is one.
 */
export function Field({
  id,
  label,
  hint,
  error,
  small = false,
  class: className,
  children,
}: {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: ComponentChildren;
  /** A secondary field inside a group (filters, sub-settings). */
  small?: boolean;
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={className ? `field ${className}` : 'field'}>
      <label for={id} class={small ? 'field__label field__label--small' : 'field__label'}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="field__hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} class="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

export interface SelectOption<V extends string> {
  value: V;
  label: string;
  /** Language and direction of the label, for names written in their own language. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/**
 * A labelled <select>. `onChange` receives only values that are among `options`, so callers get
 * their own type back without checking what the DOM handed over.
 */
export function SelectField<V extends string>({
  id,
  label,
  hint,
  value,
  options,
  onChange,
  small,
  class: className,
}: {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  value: V;
  options: ReadonlyArray<SelectOption<V>>;
  onChange: (value: V) => void;
  small?: boolean;
  class?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} small={small} class={className}>
      <select
        id={id}
        value={value}
        aria-describedby={describedBy(id, { hint })}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.currentTarget.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang} dir={option.dir}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
