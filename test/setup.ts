import { registerMessages } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { nb } from '@/lib/i18n/nb';

// The pages load one language at start (loadMessages); tests use both, synchronously.
registerMessages('en', en);
registerMessages('nb', nb);
