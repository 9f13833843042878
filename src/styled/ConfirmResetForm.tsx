import { forwardRef, type HTMLAttributes, type ReactNode, useContext } from 'react';
import { ConfirmForgotPasswordProvider } from '../headless/context';
import { PostedContext, usePostedForm, withPostedForms } from '../headless/form-action';
import { tokens } from '../headless/merge-props';
import { type TransportSource, useTransportSource } from '../headless/transport-source';
import type { UseConfirmForgotPasswordOptions } from '../headless/types';
import { useConfirmForgotPassword } from '../headless/useConfirmForgotPassword';
import { useLocaleMessages } from '../headless/useLocaleMessages';
import type { LocaleTag } from '../i18n/locale-loaders';
import { Code, ConfirmPassword, Password, Username } from './fields';
import { DeliveryHint, ErrorMessage, Policy, Resend, Submit, Success } from './parts';
import { classes, UnstyledContext, VISUALLY_HIDDEN } from './styled-context';

/** What every `<ConfirmResetForm>` takes: the hook's options, presentation, and its root `<div>`'s props. */
interface ConfirmResetFormBaseProps
  extends Omit<UseConfirmForgotPasswordOptions, 'transport'>,
    Omit<HTMLAttributes<HTMLDivElement>, 'onError' | 'children'> {
  /**
   * The language, as a tag a Server Component can pass (`"fr"`); its catalogue is loaded as its
   * own chunk, and `messages` are merged over it. @default English (built in)
   */
  locale?: LocaleTag;
  /** Class name added to the root element. */
  className?: string;
  /** Render no kit class names at all, for apps that style `data-slot` / `data-*` themselves. @default false */
  unstyled?: boolean;
  /** Forces a colour scheme; `auto` follows `prefers-color-scheme`. @default 'auto' */
  theme?: 'auto' | 'light' | 'dark';
  /** Called by the success view's continue button (the success view replaces the form in both modes). */
  onContinue?: () => void;
  /** Renders the success view's continue action as a link to this URL (e.g. the sign-in page). */
  continueHref?: string;
  /** Content after the form inside the root, e.g. a link to another step. @default undefined */
  footer?: ReactNode;
}

/**
 * Props of `<ConfirmResetForm>`: the hook's options plus presentation. Every prop the hook does not
 * read (`id`, `className`, `style`, `aria-*`, `data-*`, handlers…) and the `ref` land on the root
 * `<div data-slot="root">`, which stays through the success view; the `<form>` inside keeps the
 * hook's id. It reaches Cognito through exactly one of `transport`, `proxyUrl` or `actions`
 * (React 19). Without children the whole step is rendered (heading and delivery hint included);
 * with children they are the form's content, rendered once, and `heading` is rejected: a custom
 * layout places its own heading and `<ConfirmResetForm.DeliveryHint />`.
 */
export type ConfirmResetFormProps = ConfirmResetFormBaseProps &
  TransportSource &
  (
    | {
        /** The heading; `null` renders none. @default the catalogue's `heading` */
        heading?: ReactNode;
        children?: undefined;
      }
    | {
        /** Not in compound mode: place your own heading among the children. */
        heading?: never;
        /** Compound parts (`ConfirmResetForm.Code`, …) laid out as you like, inside the `<form>`. */
        children: ReactNode;
      }
  );

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
  defaultCode: 1,
  confirmPassword: 1,
  clientMetadata: 1,
  resendCooldownSeconds: 1,
  retryAfterMs: 1,
  delivery: 1,
  messages: 1,
  passwordChecks: 1,
  webOtp: 1,
  onSuccess: 1,
  onError: 1,
  onEvent: 1,
} satisfies Record<keyof UseConfirmForgotPasswordOptions, 1>;
// …and the props that stand for the transport and the catalogue.
const OWN_PROPS = { ...HOOK_OPTIONS, proxyUrl: 1, actions: 1, locale: 1 };

const ConfirmResetFormRoot = forwardRef<HTMLDivElement, ConfirmResetFormProps>(
  function ConfirmResetForm(props, ref) {
    return withPostedForms(props, 'ConfirmResetForm', <ConfirmStep {...props} ref={ref} />);
  },
);

const ConfirmStep = forwardRef<HTMLDivElement, ConfirmResetFormProps>(
  function ConfirmResetFormStep(props, ref) {
    const {
      className,
      unstyled = false,
      heading,
      theme,
      onContinue,
      continueHref,
      children,
      footer,
      ...rest
    } = props;
    // The hook reads its own options from the props; the rest of them go to the root element.
    const messages = useLocaleMessages(props.locale, props.messages);
    const transport = useTransportSource(props, 'ConfirmResetForm');
    const posted = useContext(PostedContext)?.confirmForgotPassword.state;
    const r = usePostedForm(
      useConfirmForgotPassword({
        ...props,
        transport,
        messages,
        delivery: props.delivery ?? posted?.delivery,
      }),
      'confirmForgotPassword',
    );
    const rootProps: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(rest)) if (!(key in OWN_PROPS)) rootProps[key] = value;
    // The root sits above the context it provides, so it takes its class helpers directly.
    const [, slot] = classes(unstyled);
    const success = r.status === 'success';
    const whole = children == null;

    return (
      <UnstyledContext.Provider value={unstyled}>
        <ConfirmForgotPasswordProvider value={r}>
          <div
            {...rootProps}
            ref={ref}
            className={tokens(!unstyled && 'rcr', className)}
            dir={r.dir}
            lang={r.lang}
            data-slot="root"
            data-state={r.status}
            data-theme={theme === 'auto' ? undefined : theme}
          >
            {whole && !success && heading !== null && (
              <h2 {...slot('heading')}>{heading ?? r.t('heading')}</h2>
            )}
            {whole && <DeliveryHint />}
            {success ? (
              <Success onContinue={onContinue} continueHref={continueHref} />
            ) : (
              // The success view replaces the <form> (and the children in it): that removal is
              // what tells browsers the password was accepted, so they offer to save it.
              <form {...r.getFormProps()} {...slot('form')}>
                {whole ? (
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
                ) : (
                  children
                )}
                {/* The polite status region (the submit's progress, a resend's progress and result) is
                  the root's, in every layout with or without .Resend, in the document before it
                  speaks. The submit's progress is seen as the button's spinner: said, not shown. */}
                <p
                  {...r.getStatusProps({ style: r.status === 'submitting' ? VISUALLY_HIDDEN : undefined })}
                  {...slot('resent')}
                >
                  {r.statusMessage}
                </p>
              </form>
            )}
            {footer}
          </div>
        </ConfirmForgotPasswordProvider>
      </UnstyledContext.Provider>
    );
  },
);

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
