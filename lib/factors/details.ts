import type { DetailStrings, Translation } from './strings';

// Detail lines that more than one criterion gives (the comments can't be read; there are no
// dates; what a profile page cannot show). A line only one criterion gives lives in that
// criterion's file.

export const en = {
  'detail.commentsHidden': 'The comments load in an embedded frame that Tillit can’t read.',
  'detail.noComments': 'No readers’ comments to judge by.',
  'detail.noDates': 'No dates on the page.',
  'detail.newest': 'Newest: {date} ({days} days ago)',
  'detail.months': 'Posts in {count} different months',
  // Profiles on social platforms (criteria/profile-*.ts).
  'detail.noProfile': 'Tillit couldn’t read the profile on this page.',
  'detail.notProfilePage': 'This page shows a post or a feed, not the profile itself: open the profile to check this.',
  'detail.cardUnread': 'Tillit couldn’t read the profile’s details (its name, about text and fields) on this page.',
  'detail.noPosts': 'The page shows no dated posts by the account.',
  'detail.noThread': 'The page shows no post with its replies: open one of the account’s posts to check this.',
  'detail.noThreadReplies': 'The post shows no replies from others: there may be none, or the platform hides them from this view.',
  'detail.repliesClosed': 'The account’s posts show no reply button: replies are closed or limited.',
  'detail.profileNoWebsite': 'The profile states no website.',
  'detail.profileStated': 'Stated: {values}',
  // A factor capped by what the register says (caps.ts).
  'detail.capBankrupt': 'Enhetsregisteret: {name} ({orgNumber}) is bankrupt, so credibility is at most weak.',
  'detail.capLiquidation': 'Enhetsregisteret: {name} ({orgNumber}) is being wound up (in liquidation), so credibility is at most weak.',
  'detail.capForcedDissolution': 'Enhetsregisteret: {name} ({orgNumber}) is under forced dissolution, so credibility is at most weak.',
  'detail.capDeleted': 'Enhetsregisteret: {name} ({orgNumber}) was deleted from the register on {date}, so credibility is at most weak.',
} satisfies DetailStrings;

export const nb: Translation<typeof en> = {
  'detail.commentsHidden': 'Kommentarene lastes i en innebygd ramme som Tillit ikke kan lese.',
  'detail.noComments': 'Ingen kommentarer fra lesere å vurdere etter.',
  'detail.noDates': 'Ingen datoer på siden.',
  'detail.newest': 'Nyeste: {date} (for {days} dager siden)',
  'detail.months': 'Innlegg i {count} ulike måneder',
  'detail.noProfile': 'Tillit kunne ikke lese profilen på denne siden.',
  'detail.notProfilePage': 'Denne siden viser et innlegg eller en strøm, ikke selve profilen: åpne profilen for å sjekke dette.',
  'detail.cardUnread': 'Tillit kunne ikke lese profilens opplysninger (navn, om-tekst og felter) på denne siden.',
  'detail.noPosts': 'Siden viser ingen daterte innlegg fra kontoen.',
  'detail.noThread': 'Siden viser ikke et innlegg med svarene under: åpne et av kontoens innlegg for å sjekke dette.',
  'detail.noThreadReplies': 'Innlegget viser ingen svar fra andre: det kan være ingen, eller plattformen skjuler dem i denne visningen.',
  'detail.repliesClosed': 'Kontoens innlegg har ingen svarknapp: svar er stengt eller begrenset.',
  'detail.profileNoWebsite': 'Profilen oppgir ikke noe nettsted.',
  'detail.profileStated': 'Oppgitt: {values}',
  'detail.capBankrupt': 'Enhetsregisteret: {name} ({orgNumber}) er konkurs, så troverdigheten er høyst svak.',
  'detail.capLiquidation': 'Enhetsregisteret: {name} ({orgNumber}) er under avvikling, så troverdigheten er høyst svak.',
  'detail.capForcedDissolution': 'Enhetsregisteret: {name} ({orgNumber}) er under tvangsavvikling eller tvangsoppløsning, så troverdigheten er høyst svak.',
  'detail.capDeleted': 'Enhetsregisteret: {name} ({orgNumber}) ble slettet fra registeret {date}, så troverdigheten er høyst svak.',
};

export type SharedDetailKey = keyof typeof en;
