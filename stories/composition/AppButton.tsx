import { Slot } from '@radix-ui/react-slot';
import { type ButtonHTMLAttributes, forwardRef, type InputHTMLAttributes } from 'react';
import './app-button.css';

/**
 * An app's own Button in the shadcn/ui style: variants as class names, `asChild` via Radix's Slot,
 * and a forwarded ref. Nothing here comes from the kit: the story shows the kit taking it as is.
 */
export interface AppButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'default' | 'outline' | 'link';
  size?: 'default' | 'sm';
  asChild?: boolean;
}

export const AppButton = forwardRef<HTMLButtonElement, AppButtonProps>(function AppButton(
  { className, variant = 'default', size = 'default', asChild = false, ...props },
  ref,
) {
  const Comp = asChild ? Slot : 'button';
  return (
    <Comp
      ref={ref}
      className={['app-btn', `app-btn-${variant}`, `app-btn-${size}`, className].filter(Boolean).join(' ')}
      {...props}
    />
  );
});

/** The same app's Input. */
export const AppInput = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function AppInput(
  { className, ...props },
  ref,
) {
  return <input ref={ref} className={['app-input', className].filter(Boolean).join(' ')} {...props} />;
});
