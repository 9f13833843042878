import { type ButtonHTMLAttributes, type HTMLAttributes, type ReactNode, useEffect, useRef } from 'react';
import { useConfirmForgotPasswordContext } from '../headless/context';
import { usePasswordChecklist } from '../headless/usePasswordChecklist';
import { AlertIcon, CheckIcon, DotIcon } from './icons';
import { useClass } from './styled-context';

/** The live checklist of the password policy. */
export function Policy({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  const r = useConfirmForgotPasswordContext('ConfirmResetForm.Policy');
  const { items, announcement } = usePasswordChecklist(r);
  const rootClass = useClass('policy', className);
  const titleClass = useClass('policy-title');
  const listClass = useClass('policy-list');
  const itemClass = useClass('rule');
  const srClass = useClass('sr-only');
  if (r.status === 'success') return null;
  return (
    <div {...props} id={r.ids.policy} className={rootClass} data-slot="policy">
      <p className={titleClass}>{r.t('policyTitle')}</p>
      <ul className={listClass}>
        {items.map((item) => (
          <li
            key={item.id}
            className={itemClass}
            data-slot="rule"
            data-rule={item.id}
            data-met={item.met ? '' : undefined}
          >
            {item.met ? <CheckIcon /> : <DotIcon />}
            <span>{item.label}</span>
            <span className={srClass}> ({r.t(item.met ? 'ruleMet' : 'ruleUnmet')})</span>
          </li>
        ))}
      </ul>
      {/* Announced politely, and only when a rule changes state: never once per keystroke. */}
      <p className={srClass} aria-live="polite" aria-atomic="true" data-slot="policy-announcer">
        {announcement}
      </p>
    </div>
  );
}

/** The form-level error with its next step: a live countdown to wait, or a retry. */
export function ErrorMessage({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  const r = useConfirmForgotPasswordContext('ConfirmResetForm.Error');
  const rootClass = useClass('error', className);
  const textClass = useClass('error-text');
  const actionClass = useClass('link');
  const countdownClass = useClass('countdown');
  const boxClass = useClass('error-box');
  const action = r.errorDescription?.action;
  const showRetry = r.errorMessage && action === 'retry' && r.errorDescription?.field === 'form';
  if (r.status === 'success') return null;
  return (
    <div data-slot="error-box" className={boxClass}>
      {/* Always in the DOM, so screen readers pick up the message when it arrives. */}
      <div {...r.getErrorProps(props)} className={rootClass} data-slot="error">
        {r.errorMessage && (
          <p className={textClass}>
            <AlertIcon />
            <span>{r.errorMessage}</span>
          </p>
        )}
      </div>
      {/* Kept outside the alert so the ticking countdown is seen, not announced every second. */}
      {r.waitSeconds > 0 && (
        <p className={countdownClass} data-slot="countdown">
          {r.t('waitCountdown', { seconds: r.waitSeconds })}
        </p>
      )}
      {showRetry && (
        <button type="submit" form={r.ids.form} className={actionClass} data-slot="retry">
          {r.t('retry')}
        </button>
      )}
    </div>
  );
}

/** The submit button. */
export function Submit({ className, children, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const r = useConfirmForgotPasswordContext('ConfirmResetForm.Submit');
  const cls = useClass('submit', className);
  const spinner = useClass('spinner');
  if (r.status === 'success') return null;
  const pending = r.status === 'submitting';
  return (
    <button {...r.getSubmitProps(props)} className={cls} data-slot="submit">
      {pending && <span className={spinner} aria-hidden="true" />}
      {children ?? r.t('submit')}
    </button>
  );
}

/** "Resend code" with its cooldown, and a polite confirmation once a new code is on its way. */
export function Resend({ className, children, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const r = useConfirmForgotPasswordContext('ConfirmResetForm.Resend');
  const cls = useClass('resend', className);
  const statusClass = useClass('resent');
  const boxClass = useClass('resend-box');
  if (r.status === 'success') return null;
  const label = r.resendAvailableIn > 0 ? r.t('resendIn', { seconds: r.resendAvailableIn }) : r.t('resend');
  // Buttons keep their names while busy; progress and results are said here, politely.
  const status =
    r.status === 'submitting'
      ? r.t('submitting')
      : r.resending
        ? r.t('resending')
        : r.resent
          ? r.t('resent', { destination: r.delivery?.destination ?? '' })
          : null;
  return (
    <div className={boxClass} data-slot="resend-box">
      <button {...r.getResendProps(props)} className={cls} data-slot="resend">
        {children ?? label}
      </button>
      <p id={r.ids.status} role="status" className={statusClass} data-slot="resent">
        {status}
      </p>
    </div>
  );
}

/** "We sent a code to a***@e***." */
export function DeliveryHint({ className, ...props }: HTMLAttributes<HTMLParagraphElement>) {
  const r = useConfirmForgotPasswordContext('ConfirmResetForm.DeliveryHint');
  const cls = useClass('intro', className);
  if (r.status === 'success') return null;
  const d = r.delivery;
  const text = d?.destination
    ? r.t(d.medium === 'EMAIL' ? 'deliveryEmail' : d.medium === 'SMS' ? 'deliverySms' : 'deliveryOther', {
        destination: d.destination,
      })
    : r.t('intro');
  return (
    <p {...props} className={cls} data-slot="delivery">
      {text}
    </p>
  );
}

/** Props of the success view. */
export interface SuccessProps extends HTMLAttributes<HTMLDivElement> {
  /** Called by the continue button; without it (and without `continueHref`) no button is shown. */
  onContinue?: () => void;
  /** Renders the continue action as a link. */
  continueHref?: string;
  /** Replaces the body text. */
  children?: ReactNode;
}

/** The success view; it takes focus on its heading when it appears. */
export function Success({ className, onContinue, continueHref, children, ...props }: SuccessProps) {
  const r = useConfirmForgotPasswordContext('ConfirmResetForm.Success');
  const heading = useRef<HTMLHeadingElement>(null);
  const rootClass = useClass('success', className);
  const headingClass = useClass('heading');
  const bodyClass = useClass('intro');
  const actionClass = useClass('submit');
  const iconClass = useClass('success-icon');
  const show = r.status === 'success';
  useEffect(() => {
    if (show) heading.current?.focus();
  }, [show]);
  if (!show) return null;
  return (
    <div {...props} className={rootClass} data-slot="success">
      <span className={iconClass} aria-hidden="true">
        <CheckIcon />
      </span>
      <h2 ref={heading} tabIndex={-1} className={headingClass}>
        {r.t('successHeading')}
      </h2>
      <p className={bodyClass}>{children ?? r.t('successBody')}</p>
      {continueHref ? (
        <a href={continueHref} className={actionClass} onClick={onContinue}>
          {r.t('continue')}
        </a>
      ) : onContinue ? (
        <button type="button" className={actionClass} onClick={onContinue}>
          {r.t('continue')}
        </button>
      ) : null}
    </div>
  );
}
