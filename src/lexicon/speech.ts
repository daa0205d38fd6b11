/**
 * Words that make a quotation direct speech rather than a title: personal
 * pronouns of speakers and addressees, and finite forms of the auxiliaries and
 * modal verbs (a closed class). „Wir haben es geschafft!“ is speech;
 * „Demokratie leben!“, „Gastro 8.0“ are titles.
 */
export const SPEECH_WORD = /(?:^|[^\p{L}])(?:ich|wir|du|ihr|uns|unser\p{L}*|mein\p{L}*|ist|sind|hat|haben|hatte|wird|werden|wurde|wurden|war|waren|kann|können|soll|sollen|muss|müssen|will|wollen)(?!\p{L})/iu;
