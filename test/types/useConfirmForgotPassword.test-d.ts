// Types of `useConfirmForgotPassword` and its prop getters (issue 15 item 1). Run by `vitest` as
// typecheck tests (the `types` project) and by `tsc`; `@ts-expect-error` lines must stay errors.
import type {
  ButtonHTMLAttributes,
  ChangeEvent,
  FormEvent,
  FormHTMLAttributes,
  InputHTMLAttributes,
  MouseEvent,
  Ref,
  RefCallback,
} from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ButtonGetterProps,
  type ConfirmForgotPasswordResult,
  type ElementGetterProps,
  type FormGetterProps,
  type InputGetterProps,
  type LabelGetterProps,
  type UseConfirmForgotPasswordOptions,
  useConfirmForgotPassword,
} from '../../src';

declare const r: ConfirmForgotPasswordResult;

describe('useConfirmForgotPassword', () => {
  it('takes its options and returns its result', () => {
    expectTypeOf(useConfirmForgotPassword).parameter(0).toEqualTypeOf<UseConfirmForgotPasswordOptions>();
    expectTypeOf(useConfirmForgotPassword).returns.toEqualTypeOf<ConfirmForgotPasswordResult>();
    // @ts-expect-error the transport is required
    useConfirmForgotPassword({ username: 'alice' });
    // @ts-expect-error options are checked, not `any`
    useConfirmForgotPassword({ transport: {} as never, resendCooldownSeconds: '30' });
  });

  it('each getter takes and returns props for its own element', () => {
    expectTypeOf(r.getFormProps).parameters.toEqualTypeOf<[props?: FormGetterProps]>();
    expectTypeOf(r.getFormProps).returns.toEqualTypeOf<FormGetterProps>();
    for (const get of [r.getUsernameProps, r.getCodeProps, r.getPasswordProps, r.getConfirmPasswordProps]) {
      expectTypeOf(get).parameters.toEqualTypeOf<[props?: InputGetterProps]>();
      expectTypeOf(get).returns.toEqualTypeOf<InputGetterProps>();
    }
    for (const get of [r.getSubmitProps, r.getResendProps]) {
      expectTypeOf(get).parameters.toEqualTypeOf<[props?: ButtonGetterProps]>();
      expectTypeOf(get).returns.toEqualTypeOf<ButtonGetterProps>();
    }
    expectTypeOf(r.getLabelProps).parameter(1).toEqualTypeOf<LabelGetterProps | undefined>();
    expectTypeOf(r.getLabelProps).returns.toEqualTypeOf<LabelGetterProps>();
    for (const get of [r.getErrorProps, r.getPolicyProps, r.getStatusProps]) {
      expectTypeOf(get).parameters.toEqualTypeOf<[props?: ElementGetterProps]>();
      expectTypeOf(get).returns.toExtend<ElementGetterProps>();
    }
    expectTypeOf(r.getFieldErrorProps)
      .parameter(0)
      .toEqualTypeOf<'username' | 'code' | 'password' | 'confirmPassword'>();
    expectTypeOf(r.getDescriptionProps).parameter(1).toEqualTypeOf<ElementGetterProps | undefined>();
  });

  it('handlers keep their real signatures, in and out', () => {
    expectTypeOf(r.getCodeProps().onChange).toEqualTypeOf<
      InputHTMLAttributes<HTMLInputElement>['onChange']
    >();
    expectTypeOf(r.getCodeProps().onChange!).parameter(0).toExtend<ChangeEvent<HTMLInputElement>>();
    expectTypeOf(r.getSubmitProps().onClick).toEqualTypeOf<
      ButtonHTMLAttributes<HTMLButtonElement>['onClick']
    >();
    expectTypeOf(r.getFormProps().onSubmit).toEqualTypeOf<FormHTMLAttributes<HTMLFormElement>['onSubmit']>();
    // @ts-expect-error a handler is a function, possibly undefined: nothing hangs off it
    r.getCodeProps().onChange.whatever.deeply;
    // @ts-expect-error even when present
    r.getCodeProps().onChange!.whatever;
    // @ts-expect-error onClick takes a function
    r.getSubmitProps({ onClick: 'x' });
    // @ts-expect-error a button's handler gets a button's event, not an input's
    r.getSubmitProps({ onClick: (e: MouseEvent<HTMLInputElement>) => e.currentTarget.value });
    // @ts-expect-error an input's props are not a form's
    r.getFormProps({ onSubmit: (e: ChangeEvent<HTMLInputElement>) => e.target.value, accept: 1 });
    r.getFormProps({ onSubmit: (e: FormEvent<HTMLFormElement>) => e.preventDefault() });
    r.getCodeProps({ onChange: (e) => expectTypeOf(e.target.value).toEqualTypeOf<string>() });
    r.getResendProps({
      onClick: (e) => expectTypeOf(e.currentTarget).toEqualTypeOf<EventTarget & HTMLButtonElement>(),
    });
  });

  it('attributes are typed per element, and data-* attributes pass', () => {
    expectTypeOf(r.getCodeProps().inputMode).toEqualTypeOf<
      InputHTMLAttributes<HTMLInputElement>['inputMode']
    >();
    expectTypeOf(r.getSubmitProps().type).toEqualTypeOf<ButtonHTMLAttributes<HTMLButtonElement>['type']>();
    r.getCodeProps({ 'data-testid': 'code', 'aria-describedby': 'mine', className: 'x' });
    // @ts-expect-error a button's type is submit, reset or button
    r.getSubmitProps({ type: 'text' });
    // @ts-expect-error `htmlFor` belongs to labels, not inputs
    r.getCodeProps({ htmlFor: 'x' });
    // @ts-expect-error a label's props are a label's
    r.getLabelProps('code', { onChange: 1 });
    // @ts-expect-error fields are named
    r.getLabelProps('email');
    // @ts-expect-error fields are named
    r.getFieldErrorProps('email');
  });

  it('refs are typed per element; the elements a field points at get a callback ref that fits any element', () => {
    expectTypeOf(r.getCodeProps().ref).toEqualTypeOf<Ref<HTMLInputElement> | undefined>();
    expectTypeOf(r.getSubmitProps().ref).toEqualTypeOf<Ref<HTMLButtonElement> | undefined>();
    expectTypeOf(r.getPolicyProps().ref).toEqualTypeOf<RefCallback<HTMLElement>>();
    expectTypeOf(r.getFieldErrorProps('code').ref).toExtend<Ref<HTMLParagraphElement>>();
    expectTypeOf(r.getErrorProps().ref).toExtend<Ref<HTMLDivElement>>();
    expectTypeOf(r.getStatusProps().ref).toExtend<Ref<HTMLParagraphElement>>();
    r.getPolicyProps({ ref: { current: null as HTMLUListElement | null } });
    r.getCodeProps({
      ref: (el) => {
        expectTypeOf(el).toEqualTypeOf<HTMLInputElement | null>();
      },
    });
    // @ts-expect-error an input's ref is not a button's
    r.getSubmitProps({ ref: { current: null as HTMLInputElement | null } });
  });

  it('exposes no react-hook-form internals', () => {
    expectTypeOf<ConfirmForgotPasswordResult>().not.toHaveProperty('control');
    expectTypeOf<ConfirmForgotPasswordResult>().not.toHaveProperty('policy');
    expectTypeOf<ConfirmForgotPasswordResult>().not.toHaveProperty('getInputProps');
    expectTypeOf(r.statusMessage).toEqualTypeOf<string | null>();
  });
});
