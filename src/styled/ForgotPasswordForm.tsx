import {
  type ButtonHTMLAttributes,
  type FormHTMLAttributes,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type ReactNode,
  useContext,
} from 'react';
import { ForgotPasswordProvider, useForgotPasswordContext } from '../headless/forgot-password-context';
import type { UseForgotPasswordOptions } from '../headless/forgot-password-types';
import { PostedContext, usePostedForm, withPostedForms } from '../headless/form-action';
import { dataFlag, tokens } from '../headless/merge-props';
import { type TransportSource, useTransportSource } from '../headless/transport-source';
import type { FormGetterProps } from '../headless/types';
import { useCountdown } from '../headless/useCountdown';
import { useForgotPassword } from '../headless/useForgotPassword';
import { useLocaleMessages } from '../headless/useLocaleMessages';
import type { LocaleTag } from '../i18n/locale-loaders';
import { errorMessageKey, type MessageKey } from '../i18n/messages';
import { ErrorText } from './ErrorText';
import { CHECK_ICON } from './icons';
import { classes, UnstyledContext, useClasses, VISUALLY_HIDDEN } from './styled-context';

/** What every `<ForgotPasswordForm>` takes besides how it reaches Cognito. */
interface ForgotPasswordFormBaseProps
  extends Omit<UseForgotPasswordOptions, 'transport'>,
    Omit<FormHTMLAttributes<HTMLFormElement>, 'onError' | 'onSubmit' | 'children' | 'method' | 'action'> {
  /**
   * The language, as a tag a Server Component can pass (`"fr"`); its catalogue is loaded as its
   * own chunk, and `messages` are merged over it. @default English (built in)
   */
  locale?: LocaleTag;
  /** Class name added to the root element. */
  className?: string;
  /** Render no kit class names at all, for apps that style `data-slot` / `data-*` themselves. @default false */
  unstyled?: boolean;
  /** The heading; `null` renders none. @default the catalogue's `requestHeading` */
  heading?: ReactNode;
  /** Forces a colour scheme; `auto` follows `prefers-color-scheme`. @default 'auto' */
  theme?: 'auto' | 'light' | 'dark';
  /** Compound parts for a custom layout; without children the whole step is rendered. */
  children?: ReactNode;
  /** Content after the form inside the root, e.g. a link to another step. @default undefined */
  footer?: ReactNode;
}

/**
 * Props of `<ForgotPasswordForm>`: the hook's options plus presentation, and exactly one of
 * `transport`, `proxyUrl` or `actions` (React 19).
 */
export type ForgotPasswordFormProps = ForgotPasswordFormBaseProps & TransportSource;

// Which props are the hook's; `satisfies` fails the build when the hook gains an option this forgets.
const HOOK_OPTIONS = {
  transport: 1,
  defaultUsername: 1,
  clientMetadata: 1,
  retryAfterMs: 1,
  messages: 1,
  onSuccess: 1,
  onError: 1,
  onEvent: 1,
} satisfies Record<keyof UseForgotPasswordOptions, 1>;
// …and the props that stand for the transport and the catalogue.
const OWN_PROPS = { ...HOOK_OPTIONS, proxyUrl: 1, actions: 1, locale: 1 };

const usePart = (part: string) =>
  [useForgotPasswordContext(`ForgotPasswordForm.${part}`), ...useClasses()] as const;

/** Props of the username part: its root `<div>`'s props, plus the input's and a label override. */
export interface ForgotPasswordUsernameProps extends HTMLAttributes<HTMLDivElement> {
  /** Replaces the catalogue's label. */
  label?: ReactNode;
  /** Props for the `<input>` itself, merged with the kit's (handlers both run). */
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue'>;
}

/** The username field (`autocomplete="username"`) with its label and error. */
function Username({ label, className, inputProps, ...props }: ForgotPasswordUsernameProps) {
  const [r, cx, slot] = usePart('Username');
  if (r.status === 'success') return null;
  const error = r.fieldErrors.username;
  return (
    <div
      {...props}
      className={cx('field', className)}
      data-slot="username-field"
      data-invalid={dataFlag(error)}
    >
      <label {...r.getLabelProps()} className={cx('label')}>
        {label ?? r.t('usernameLabel')}
      </label>
      <input {...r.getUsernameProps({ ...inputProps, className: cx('input', inputProps?.className) })} />
      {error && (
        <p {...r.getFieldErrorProps()} {...slot('field-error')}>
          {error.message}
        </p>
      )}
    </div>
  );
}

/** The form-level error with its next step; a throttle's wait counts down here. */
function ErrorMessage({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  const [r, cx, slot] = usePart('Error');
  const d = r.formError?.description;
  const seconds = useCountdown(d?.action === 'wait' ? r.waitUntil : 0);
  if (r.status === 'success') return null;
  // Announced once as it arrived; the ticking copy is hidden from assistive technology.
  const ticking = seconds > 0 && d && r.t(errorMessageKey(d), { ...d.params, seconds });
  return (
    <div {...slot('error-box')}>
      <div {...r.getErrorProps(props)} {...slot('error', className)}>
        {r.errorMessage && <ErrorText message={r.errorMessage} ticking={ticking} cx={cx} />}
      </div>
    </div>
  );
}

/** "Send code". */
function Submit({ className, children, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const [r, cx, slot] = usePart('Submit');
  if (r.status === 'success') return null;
  const pending = r.status === 'submitting';
  return (
    <>
      <button {...r.getSubmitProps(props)} {...slot('submit', className)}>
        {pending && <span className={cx('spinner')} aria-hidden="true" />}
        {children ?? r.t('requestSubmit')}
      </button>
      {/* The button keeps its name while busy; progress is said here, politely, out of sight (unstyled too). */}
      <p {...r.getStatusProps({ style: VISUALLY_HIDDEN })} className={cx('sr-only')} data-slot="status">
        {r.statusMessage}
      </p>
    </>
  );
}

/** The text for where a code went; neutral when Cognito gave no destination (or the user is unknown). */
export function sentKey(delivery: { destination?: string; medium?: string } | null | undefined): MessageKey {
  if (!delivery?.destination) return 'codeSentNeutral';
  return delivery.medium === 'EMAIL'
    ? 'deliveryEmail'
    : delivery.medium === 'SMS'
      ? 'deliverySms'
      : 'deliveryOther';
}

const focus = (el: HTMLElement | null) => el?.focus();

/** The view once a code is on its way; it takes focus on its heading when it appears. */
function Sent({ className, children, ...props }: HTMLAttributes<HTMLDivElement>) {
  const [r, cx, slot] = usePart('Sent');
  if (r.status !== 'success') return null;
  return (
    <div {...props} {...slot('success', className)}>
      <span className={cx('success-icon')} aria-hidden="true">
        {CHECK_ICON}
      </span>
      <h2 ref={focus} tabIndex={-1} className={cx('heading')}>
        {r.t('codeSentHeading')}
      </h2>
      <p className={cx('intro')} data-slot="delivery">
        {children ?? r.t(sentKey(r.delivery), { destination: r.delivery?.destination ?? '' })}
      </p>
    </div>
  );
}

function ForgotPasswordFormRoot(props: ForgotPasswordFormProps) {
  return withPostedForms(props, 'ForgotPasswordForm', <ForgotPasswordStep {...props} />);
}

function ForgotPasswordStep(props: ForgotPasswordFormProps) {
  const { className, unstyled = false, heading, theme, children, footer, ...rest } = props;
  const messages = useLocaleMessages(props.locale, props.messages);
  const transport = useTransportSource(props, 'ForgotPasswordForm');
  const posted = useContext(PostedContext)?.forgotPassword.state;
  const r = usePostedForm(
    useForgotPassword({
      ...props,
      transport,
      messages,
      defaultUsername: posted?.username ?? props.defaultUsername,
    }),
    'forgotPassword',
  );
  const formProps: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) if (!(key in OWN_PROPS)) formProps[key] = value;
  const [cx, slot] = classes(unstyled);
  const success = r.status === 'success';
  return (
    <UnstyledContext.Provider value={unstyled}>
      <ForgotPasswordProvider value={r}>
        <div
          className={tokens(!unstyled && 'rcr', className)}
          dir={r.dir}
          lang={r.lang}
          data-slot="root"
          data-state={r.status}
          data-theme={theme === 'auto' ? undefined : theme}
        >
          {!children && !success && heading !== null && (
            <>
              <h2 {...slot('heading')}>{heading ?? r.t('requestHeading')}</h2>
              <p className={cx('intro')}>{r.t('requestIntro')}</p>
            </>
          )}
          {success && !children ? (
            <Sent />
          ) : (
            <form {...r.getFormProps(formProps as FormGetterProps)} {...slot('form')}>
              {children ?? (
                <>
                  <Username />
                  <ErrorMessage />
                  <Submit />
                </>
              )}
            </form>
          )}
          {footer}
        </div>
      </ForgotPasswordProvider>
    </UnstyledContext.Provider>
  );
}

/**
 * The drop-in request step: a username field, "Send code", every ForgotPassword error worded with
 * its next step (an unknown username reads as a sent code, never as an error), and a view saying
 * where the code went. With children, the root of its compound parts (`ForgotPasswordForm.Username`,
 * `.Error`, `.Submit`, `.Sent`), laid out as you like.
 */
export const ForgotPasswordForm = Object.assign(ForgotPasswordFormRoot, {
  Username,
  Error: ErrorMessage,
  Submit,
  Sent,
});
