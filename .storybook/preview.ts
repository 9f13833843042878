import type { Preview } from '@storybook/react-vite';
import '../src/styled/styles.css';
import './preview.css';

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    // An axe violation fails the story test (addon-vitest), not just a panel warning.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Drop-in',
          ['ConfirmResetForm', 'Errors', 'Composition', 'Theming', 'Locales', 'Policy editor'],
          'Live',
        ],
      },
    },
  },
};

export default preview;
