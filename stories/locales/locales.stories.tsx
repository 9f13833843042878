import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { ConfirmResetFormForDocs, DemoForm, type DemoFormProps, formArgTypes } from '../support/DemoForm';
import { DEMO_USER } from '../support/demo-pool';
import { expectCodeFieldDrawn, fillForm, namesFor, submit } from '../support/play';
import { CATALOGUES } from './locale-catalogues';
import '../support/stories.css';

const languageName = (tag: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;

const meta: Meta<DemoFormProps> = {
  title: 'Drop-in/Locales',
  component: ConfirmResetFormForDocs,
  argTypes: formArgTypes,
  args: { username: DEMO_USER.username, delivery: { destination: 'a***@e***', medium: 'EMAIL' } },
  parameters: {
    docs: {
      description: {
        component:
          'Each shipped catalogue, passed as `messages` (`import ar from "react-cognito-reset/locales/ar"`). The story types a wrong code, so the translated error shows at the code field.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<DemoFormProps>;

/** Every tag a story below was made for; the overview checks none is missing. */
const covered = new Set<string>();

/** Whether `first` is drawn left of `last` in the element's text (bidi reordering shows as 'reversed'). */
function drawnOrder(el: Element, first: string, last: string): 'as written' | 'reversed' | 'missing' {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const x = (char: string): number | null => {
    walker.currentNode = el;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent!.indexOf(char);
      if (i < 0) continue;
      const range = el.ownerDocument.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect().left;
    }
    return null;
  };
  const a = x(first);
  const b = x(last);
  if (a === null || b === null) return 'missing';
  return a < b ? 'as written' : 'reversed';
}

function localeStory(tag: string): Story {
  covered.add(tag);
  const messages = CATALOGUES[tag];
  if (!messages) throw new Error(`no catalogue src/i18n/locales/${tag}.ts`);
  const n = namesFor(messages);
  return {
    // Passed in render, not as an arg: a catalogue of functions is no control.
    render: (args) => <DemoForm {...args} messages={messages} />,
    decorators: [
      (Story) => (
        <div lang={tag}>
          <Story />
        </div>
      ),
    ],
    play: async ({ canvas, canvasElement, userEvent }) => {
      const root = canvasElement.querySelector('[data-slot="root"]')!;
      await expect(root).toHaveAttribute('dir', messages.dir);
      await expect(getComputedStyle(root).direction).toBe(messages.dir);
      await expect(canvas.getByRole('heading', { name: messages.heading })).toBeVisible();
      // Ranges read as written in either direction: "0" is drawn left of "9" in "(0–9)".
      await expect(drawnOrder(canvasElement.querySelector('[data-rule="number"]')!, '0', '9')).toBe(
        'as written',
      );
      await expectCodeFieldDrawn(canvas, canvasElement, n);
      await fillForm(canvas, userEvent, '000000', undefined, n);
      await submit(canvas, userEvent, n);
      const code = canvas.getByLabelText(n.code);
      await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
      await expect(code).toHaveAccessibleDescription(
        expect.stringContaining(messages.errors.codeMismatch as string),
      );
    },
  };
}

/** Every shipped catalogue side by side: direction, heading and the button. */
export const AllLocales: StoryObj = {
  name: 'All catalogues',
  render: () => (
    <table className="story-table">
      <caption>Catalogues in src/i18n/locales (English is built in).</caption>
      <thead>
        <tr>
          <th scope="col">Tag</th>
          <th scope="col">Language</th>
          <th scope="col">Direction</th>
          <th scope="col">Heading</th>
          <th scope="col">Submit</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(CATALOGUES).map(([tag, m]) => (
          <tr key={tag} lang={tag} dir={m.dir}>
            <th scope="row" lang="en" dir="ltr">
              <code>{tag}</code>
            </th>
            <td lang="en" dir="ltr">
              {languageName(tag)}
            </td>
            <td lang="en" dir="ltr">
              {m.dir}
            </td>
            <td>{m.heading}</td>
            <td>{m.submit}</td>
          </tr>
        ))}
      </tbody>
    </table>
  ),
  play: async () => {
    // CSF cannot loop over named exports: this catches a catalogue added without a story.
    await expect(Object.keys(CATALOGUES).filter((tag) => !covered.has(tag))).toEqual([]);
  },
};

export const Spanish: Story = { ...localeStory('es'), name: 'Spanish (es)' };
export const French: Story = { ...localeStory('fr'), name: 'French (fr)' };
export const German: Story = { ...localeStory('de'), name: 'German (de)' };
export const BrazilianPortuguese: Story = { ...localeStory('pt-BR'), name: 'Brazilian Portuguese (pt-BR)' };
export const Japanese: Story = { ...localeStory('ja'), name: 'Japanese (ja)' };
export const ChineseSimplified: Story = { ...localeStory('zh-CN'), name: 'Chinese, Simplified (zh-CN)' };
export const Korean: Story = { ...localeStory('ko'), name: 'Korean (ko)' };
/** Arabic: the whole form mirrors (`dir="rtl"` from the catalogue, logical CSS properties). */
export const ArabicRightToLeft: Story = { ...localeStory('ar'), name: 'Arabic, right to left (ar)' };
