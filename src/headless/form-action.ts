import * as React from 'react';
import { createContext, createElement, type ReactNode, useContext, useState } from 'react';
import type { ResetActionFunctions, ResetFormState } from '../core/action-results';
import { CognitoError } from '../core/cognito-error';
import { describeCognitoError, type ErrorOperation } from '../core/describe-error';
import { errorMessageKey, type Translate } from '../i18n/messages';
import { checkTransportSource } from './transport-source';
import type { FormErrorInfo } from './types';

/** One step's posted form: the state its last post left, and the action its `<form>` posts to. */
export interface PostedForm {
  /** What the last post of this step's form answered; `null` before any (or the flow's state). */
  state: ResetFormState | null;
  /** `useActionState`'s action: the `<form action>` that works before hydration and without JavaScript. */
  action: (form: FormData) => void;
}

/** The posted forms of a flow, per operation; provided by the drop-in that holds the actions. */
export type PostedForms = Record<ErrorOperation, PostedForm>;

/** Set by `<PasswordReset actions>` (or a step's drop-in given `actions`) for the step forms inside. */
export const PostedContext = createContext<PostedForms | null>(null);

type UseActionState = <S>(
  action: (state: S, payload: FormData) => Promise<S>,
  initial: S,
) => [S, (payload: FormData) => void, boolean];
const useActionState = (React as { useActionState?: UseActionState }).useActionState;

/**
 * React 19's `useActionState` over both actions: the request's state is the confirm form's first
 * previous state, so a post of the confirm form carries the username and delivery (never a
 * secret) back to the server. Without JavaScript the server renders the page with the posted
 * form's answer in its hook; every other hook starts from its initial state.
 * @throws Error on React 18, which has no `useActionState`: pass `transport` or `proxyUrl` there.
 */
export function usePostedForms(actions: ResetActionFunctions): PostedForms {
  if (!useActionState) {
    throw new Error(
      'react-cognito-reset: `actions` needs React 19 (useActionState); with React 18 pass `transport` or `proxyUrl`',
    );
  }
  const [requested, request] = useActionState<ResetFormState | null>(actions.forgotPassword as never, null);
  const [confirmed, confirm] = useActionState<ResetFormState | null>(
    actions.confirmForgotPassword as never,
    requested,
  );
  return {
    forgotPassword: { state: requested, action: request },
    confirmForgotPassword: { state: confirmed, action: confirm },
  };
}

/** What `withPostedForm` reads and replaces on a step hook's result. */
interface StepResult {
  status: string;
  hydrated: boolean;
  t: Translate;
  formError: FormErrorInfo | null;
  errorMessage: string | null;
  getFormProps: (props?: any) => any;
  getSubmitProps: (props?: any) => any;
  getUsernameProps: (props?: any) => any;
}

/**
 * A step hook's result as the posted form's state shows it, while the hook has nothing of its own
 * to say (idle, untouched since the page loaded): the next step's success, or the post's error in
 * the form's alert, worded by `describeError` like any other. The form posts to the action and the
 * submit button works before hydration; once hydrated the hook's own submit (the transport) runs
 * and the browser never posts. The typed username comes back in its field.
 */
export function usePostedForm<R extends StepResult>(r: R, operation: ErrorOperation): R {
  const posted = useContext(PostedContext)?.[operation];
  const [edited, setEdited] = useState(false);
  if (!posted) return r;
  const state = posted.state;
  const own = edited || r.status !== 'idle';
  const done = state?.step === (operation === 'forgotPassword' ? 'confirm' : 'success');
  let formError: FormErrorInfo | null = null;
  if (!own && state && !done) {
    if (state.invalid) {
      formError = { operation, description: null, message: r.t(`validation.${state.invalid}`) };
    } else if (state.error) {
      const description = describeCognitoError(new CognitoError(Object(state.error)), { operation });
      formError = {
        operation,
        description,
        message: r.t(errorMessageKey(description), description.params),
      };
    }
  }
  const shown = (!own && formError) || r.formError;
  return {
    ...r,
    ...(done && !own ? { status: 'success', delivery: state.delivery ?? {}, username: state.username } : {}),
    formError: shown,
    errorMessage: shown?.message ?? null,
    getFormProps: (props) => {
      // React writes method="post" and the encoding for a function action itself (and warns about ours).
      const { method: _method, ...rest } = r.getFormProps(props);
      return {
        ...rest,
        action: posted.action,
        // Once the user changes the form, the post's error no longer describes it.
        onInput: (event: unknown) => {
          rest.onInput?.(event);
          if (formError) setEdited(true);
        },
      };
    },
    // Before hydration the button posts the form to the action (progressive enhancement).
    getSubmitProps: (props) => {
      const out = r.getSubmitProps(props);
      return r.hydrated ? out : { ...out, disabled: props?.disabled ?? false };
    },
    getUsernameProps: (props) => {
      const out = r.getUsernameProps(props);
      // A server render has no form library to fill the field: the typed username comes back here.
      return out.value === undefined && state?.username && !r.hydrated
        ? { ...out, defaultValue: state.username }
        : out;
    },
  };
}

/**
 * Provides the posted forms of `actions` to the step forms inside (see {@link usePostedForms}).
 * React 19 only.
 */
export function PostedFormsProvider(props: {
  actions: ResetActionFunctions;
  children?: ReactNode;
}): ReactNode {
  return createElement(PostedContext.Provider, { value: usePostedForms(props.actions) }, props.children);
}

/**
 * A drop-in's root: `step` rendered for `props` after checking they name exactly one transport
 * source, inside the posted forms of `actions` when they are given (React 19).
 * @throws TypeError from `checkTransportSource` (none, two, or an incomplete pair), naming `component`.
 */
export function withPostedForms(
  props: { transport?: unknown; proxyUrl?: unknown; actions?: ResetActionFunctions },
  component: string,
  step: ReactNode,
): ReactNode {
  checkTransportSource(props, component);
  return props.actions ? createElement(PostedFormsProvider, { actions: props.actions }, step) : step;
}
