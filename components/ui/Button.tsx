import type { ButtonHTMLAttributes } from 'preact';

export type ButtonVariant = 'default' | 'primary' | 'quiet' | 'danger' | 'danger-quiet';
export type ButtonSize = 'default' | 'small';

/** The class list of a button, for links and file-input labels that look like one. */
export function buttonClass(variant: ButtonVariant = 'default', size: ButtonSize = 'default', extra?: string): string {
  return ['button', variant !== 'default' && `button--${variant}`, size !== 'default' && `button--${size}`, extra]
    .filter(Boolean)
    .join(' ');
}

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'size' | 'type'> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  type?: 'button' | 'submit' | 'reset';
};

/** A button in the design system's look; `type` is "button" unless said, so no form is sent by accident. */
export function Button({ variant, size, class: className, type = 'button', ...rest }: ButtonProps) {
  return <button {...rest} type={type} class={buttonClass(variant, size, typeof className === 'string' ? className : undefined)} />;
}
