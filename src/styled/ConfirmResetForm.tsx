import type { FormHTMLAttributes, ReactNode } from 'react';
import { ConfirmForgotPasswordProvider } from '../headless/context';
import { tokens } from '../headless/merge-props';
import type { FormGetterProps, UseConfirmForgotPasswordOptions } from '../headless/types';
import { useConfirmForgotPassword } from '../headless/useConfirmForgotPassword';
import { Code, ConfirmPassword, Password, Username } from './fields';
import { DeliveryHint, ErrorMessage, Policy, Resend, Submit, Success } from './parts';
import { classes, UnstyledContext } from './styled-context';

/** Props of `<ConfirmResetForm>`: the hook's options plus presentation. */
export interface ConfirmResetFormProps
  extends UseConfirmForgotPasswordOptions,
    Omit<FormHTMLAttributes<HTMLFormElement>, 'onError' | 'onSubmit' | 'children' | 'method'> {
  /** Class name added to the root element. */
  className?: string;
  /** Render no kit class names at all, for apps that style `data-slot` / `data-*` themselves. @default false */
  unstyled?: boolean;
  /** The heading; `null` renders none. @default the catalogue's `heading` */
  heading?: ReactNode;
  /** Forces a colour scheme; `auto` follows `prefers-color-scheme`. @default 'auto' */
  theme?: 'auto' | 'light' | 'dark';
  /** Called by the success view's continue button. */
  onContinue?: () => void;
  /** Renders the success view's continue action as a link to this URL (e.g. the sign-in page). */
  continueHref?: string;
  /** Compound parts for a custom layout; without children the whole step is rendered. */
  children?: ReactNode;
}

/**
 * The drop-in confirm-reset step: code, new password, live checklist, errors with their next
 * step, resend with cooldown and a success view. With children, the root of the compound parts.
 */
// Which props are the hook's. `satisfies` makes the compiler fail here when the hook gains an
// option the form would otherwise forget to pass on.
const HOOK_OPTIONS = {
  transport: 1,
  username: 1,
  passwordPolicy: 1,
  code: 1,
  confirmPassword: 1,
  clientMetadata: 1,
  resendCooldownSeconds: 1,
  retryAfterMs: 1,
  delivery: 1,
  messages: 1,
  onSuccess: 1,
  onError: 1,
  onEvent: 1,
} satisfies Record<keyof UseConfirmForgotPasswordOptions, 1>;

function ConfirmResetFormRoot(props: ConfirmResetFormProps) {
  const { className, unstyled = false, heading, theme, onContinue, continueHref, children, ...rest } = props;
  // The hook reads its own options from the props; the rest of them go to the <form>.
  const r = useConfirmForgotPassword(props);
  const formProps: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) if (!(key in HOOK_OPTIONS)) formProps[key] = value;
  // The root sits above the context it provides, so it takes its class helpers directly.
  const [, slot] = classes(unstyled);
  const success = r.status === 'success';

  const content = children ?? (
    <>
      <Username />
      <Code />
      <Password />
      <Policy />
      <ConfirmPassword />
      <ErrorMessage />
      <Submit />
      <Resend />
    </>
  );

  return (
    <UnstyledContext.Provider value={unstyled}>
      <ConfirmForgotPasswordProvider value={r}>
        <div
          className={tokens(!unstyled && 'rcr', className)}
          dir={r.dir}
          lang={r.lang}
          data-slot="root"
          data-state={r.status}
          data-theme={theme === 'auto' ? undefined : theme}
        >
          {!children && !success && heading !== null && (
            <h2 {...slot('heading')}>{heading ?? r.t('heading')}</h2>
          )}
          {!children && <DeliveryHint />}
          {success ? (
            (children ?? <Success onContinue={onContinue} continueHref={continueHref} />)
          ) : (
            // The success view replaces the <form>: that removal is what tells browsers the
            // password was accepted, so they offer to save it.
            <form {...r.getFormProps(formProps as FormGetterProps)} {...slot('form')}>
              {content}
            </form>
          )}
        </div>
      </ConfirmForgotPasswordProvider>
    </UnstyledContext.Provider>
  );
}

// Built with Object.assign so the emitted types name each part's own type (a function with
// assigned statics becomes a self-referencing namespace in .d.ts files).
/**
 * The drop-in confirm-reset step: code, new password, live checklist, errors with their next step,
 * resend with cooldown and a success view. With children, the root of its compound parts
 * (`ConfirmResetForm.Code`, `.Password`, `.Policy`, `.Error`, `.Submit`, `.Resend`…), laid out as you like.
 */
export const ConfirmResetForm = Object.assign(ConfirmResetFormRoot, {
  Username,
  Code,
  Password,
  ConfirmPassword,
  Policy,
  Error: ErrorMessage,
  Submit,
  Resend,
  Success,
  DeliveryHint,
});
