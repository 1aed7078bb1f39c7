import type { DetailStrings, Translation } from './strings';

// Detail lines that more than one criterion gives (the comments can't be read; there are no
// dates). A line only one criterion gives lives in that criterion's file.

export const en = {
  'detail.commentsHidden': 'The comments load in an embedded frame that Tillit can’t read.',
  'detail.noComments': 'No readers’ comments to judge by.',
  'detail.noDates': 'No dates on the page.',
} satisfies DetailStrings;

export const nb: Translation<typeof en> = {
  'detail.commentsHidden': 'Kommentarene lastes i en innebygd ramme som Tillit ikke kan lese.',
  'detail.noComments': 'Ingen kommentarer fra lesere å vurdere etter.',
  'detail.noDates': 'Ingen datoer på siden.',
};

export type SharedDetailKey = keyof typeof en;
