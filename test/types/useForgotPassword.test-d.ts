// Types of `useForgotPassword` and its prop getters: the request step's getters are the confirm
// step's, over its one field (no field name to pass). Run by `vitest` as typecheck tests (the
// `types` project, and against React 18's types) and by `tsc`; `@ts-expect-error` lines must stay errors.
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
  type ElementGetterProps,
  type ElementGetterResult,
  type ForgotPasswordResult,
  type FormGetterProps,
  type InputGetterProps,
  type LabelGetterProps,
  type UseForgotPasswordOptions,
  useForgotPassword,
} from '../../src';

declare const r: ForgotPasswordResult;

describe('useForgotPassword', () => {
  it('takes its options and returns its result', () => {
    expectTypeOf(useForgotPassword).parameter(0).toEqualTypeOf<UseForgotPasswordOptions>();
    expectTypeOf(useForgotPassword).returns.toEqualTypeOf<ForgotPasswordResult>();
    // @ts-expect-error the transport is required
    useForgotPassword({ defaultUsername: 'alice' });
    // @ts-expect-error options are checked, not `any`
    useForgotPassword({ transport: {} as never, retryAfterMs: '60000' });
  });

  it('each getter takes and returns props for its own element', () => {
    expectTypeOf(r.getFormProps).parameters.toEqualTypeOf<[props?: FormGetterProps]>();
    expectTypeOf(r.getFormProps).returns.toEqualTypeOf<FormGetterProps>();
    expectTypeOf(r.getUsernameProps).parameters.toEqualTypeOf<[props?: InputGetterProps]>();
    expectTypeOf(r.getUsernameProps).returns.toEqualTypeOf<InputGetterProps>();
    expectTypeOf(r.getSubmitProps).parameters.toEqualTypeOf<[props?: ButtonGetterProps]>();
    expectTypeOf(r.getSubmitProps).returns.toEqualTypeOf<ButtonGetterProps>();
    expectTypeOf(r.getLabelProps).parameters.toEqualTypeOf<[props?: LabelGetterProps]>();
    expectTypeOf(r.getLabelProps).returns.toEqualTypeOf<LabelGetterProps>();
    for (const get of [r.getErrorProps, r.getFieldErrorProps, r.getDescriptionProps, r.getStatusProps]) {
      expectTypeOf(get).parameters.toEqualTypeOf<[props?: ElementGetterProps]>();
      expectTypeOf(get).returns.toEqualTypeOf<ElementGetterResult>();
    }
    expectTypeOf(r.statusMessage).toEqualTypeOf<string | null>();
    expectTypeOf(r.ids).toEqualTypeOf<Record<'form' | 'username' | 'error' | 'status', string>>();
  });

  it('one field: the getters take no field name', () => {
    // @ts-expect-error the request step's getters name no field
    r.getFieldErrorProps('username');
    // @ts-expect-error the request step's getters name no field
    r.getDescriptionProps('username', {});
    // @ts-expect-error the request step's getters name no field
    r.getLabelProps('username');
    // @ts-expect-error there is no policy list on the request step
    r.getPolicyProps();
  });

  it('handlers keep their real signatures, in and out', () => {
    expectTypeOf(r.getUsernameProps().onChange).toEqualTypeOf<
      InputHTMLAttributes<HTMLInputElement>['onChange']
    >();
    expectTypeOf(r.getSubmitProps().onClick).toEqualTypeOf<
      ButtonHTMLAttributes<HTMLButtonElement>['onClick']
    >();
    expectTypeOf(r.getFormProps().onSubmit).toEqualTypeOf<FormHTMLAttributes<HTMLFormElement>['onSubmit']>();
    // @ts-expect-error a handler is a function, possibly undefined: nothing hangs off it
    r.getUsernameProps().onChange.whatever.deeply;
    // @ts-expect-error onClick takes a function
    r.getSubmitProps({ onClick: 'x' });
    // @ts-expect-error a button's handler gets a button's event, not an input's
    r.getSubmitProps({ onClick: (e: MouseEvent<HTMLInputElement>) => e.currentTarget.value });
    r.getFormProps({ onSubmit: (e: FormEvent<HTMLFormElement>) => e.preventDefault() });
    r.getUsernameProps({
      onChange: (e: ChangeEvent<HTMLInputElement>) => expectTypeOf(e.target.value).toEqualTypeOf<string>(),
    });
  });

  it('attributes are typed per element, and data-* attributes pass', () => {
    r.getUsernameProps({ 'data-testid': 'username', 'aria-describedby': 'mine', className: 'x' });
    r.getFieldErrorProps({ id: 'my-error', 'data-slot': 'field-error' });
    // @ts-expect-error `htmlFor` belongs to labels, not inputs
    r.getUsernameProps({ htmlFor: 'x' });
    // @ts-expect-error a button's type is submit, reset or button
    r.getSubmitProps({ type: 'text' });
    // @ts-expect-error a label's props are a label's
    r.getLabelProps({ onChange: 1 });
  });

  it('refs are typed per element; the elements the field points at get a callback ref that fits any element', () => {
    expectTypeOf(r.getUsernameProps().ref).toEqualTypeOf<Ref<HTMLInputElement> | undefined>();
    expectTypeOf(r.getSubmitProps().ref).toEqualTypeOf<Ref<HTMLButtonElement> | undefined>();
    expectTypeOf(r.getFieldErrorProps().ref).toEqualTypeOf<RefCallback<HTMLElement>>();
    expectTypeOf(r.getFieldErrorProps().ref).toExtend<Ref<HTMLParagraphElement>>();
    expectTypeOf(r.getDescriptionProps().ref).toExtend<Ref<HTMLSpanElement>>();
    expectTypeOf(r.getStatusProps().ref).toExtend<Ref<HTMLParagraphElement>>();
    r.getFieldErrorProps({ ref: { current: null as HTMLParagraphElement | null } });
    // @ts-expect-error an input's ref is not a button's
    r.getSubmitProps({ ref: { current: null as HTMLInputElement | null } });
  });
});
