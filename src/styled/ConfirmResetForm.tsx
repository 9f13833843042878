import type { FormHTMLAttributes, ReactNode } from 'react';
import { ConfirmForgotPasswordProvider } from '../headless/context';
import type { UseConfirmForgotPasswordOptions } from '../headless/types';
import { useConfirmForgotPassword } from '../headless/useConfirmForgotPassword';
import { Code, ConfirmPassword, Password, Username } from './fields';
import { DeliveryHint, ErrorMessage, Policy, Resend, Submit, Success } from './parts';
import { StyledContext, useClasses } from './styled-context';

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
  const hookOptions: Record<string, unknown> = {};
  const own: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) (key in HOOK_OPTIONS ? hookOptions : own)[key] = value;
  const {
    className,
    unstyled = false,
    heading,
    theme = 'auto',
    onContinue,
    continueHref,
    children,
    ...formProps
  } = own as Omit<ConfirmResetFormProps, keyof UseConfirmForgotPasswordOptions>;
  const r = useConfirmForgotPassword(hookOptions as unknown as UseConfirmForgotPasswordOptions);

  const settings = unstyled ? UNSTYLED : STYLED;
  const rootClass = unstyled ? className : ['rcr', className].filter(Boolean).join(' ');
  const success = r.status === 'success';
  const headingText = heading === undefined ? r.t('heading') : heading;

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
    <StyledContext.Provider value={settings}>
      <ConfirmForgotPasswordProvider value={r}>
        <div
          className={rootClass}
          dir={r.dir}
          lang={r.lang}
          data-slot="root"
          data-state={r.status}
          data-theme={theme === 'auto' ? undefined : theme}
        >
          {!children && !success && headingText !== null && <Heading>{headingText}</Heading>}
          {!children && <DeliveryHint />}
          {success ? (
            (children ?? <Success onContinue={onContinue} continueHref={continueHref} />)
          ) : (
            // The success view replaces the <form>: that removal is what tells browsers the
            // password was accepted, so they offer to save it.
            <form
              {...r.getFormProps(formProps)}
              className={unstyled ? undefined : 'rcr-form'}
              data-slot="form"
            >
              {content}
            </form>
          )}
        </div>
      </ConfirmForgotPasswordProvider>
    </StyledContext.Provider>
  );
}

const STYLED = { unstyled: false };
const UNSTYLED = { unstyled: true };

function Heading({ children }: { children: ReactNode }) {
  const cx = useClasses();
  return (
    <h2 className={cx('heading')} data-slot="heading">
      {children}
    </h2>
  );
}

/**
 * The drop-in confirm-reset step, and the root of its compound parts (`ConfirmResetForm.Code`…).
 * Built with Object.assign so the emitted types name each part's own type (a function with
 * assigned statics becomes a self-referencing namespace in .d.ts files).
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
