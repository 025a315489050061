/**
 * Nombres en lettres jusqu'à vingt, valeur par forme : groupes comptés ("les trois dirigeants", "quinze pays").
 * Read by the event references and the relation cues of this pack, and (with the words below) by the date recognisers.
 */
export const NUMBER_WORDS_TO_TWENTY: Readonly<Record<string, number>> = {
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  "dix-sept": 17,
  "dix-huit": 18,
  "dix-neuf": 19,
  vingt: 20,
};

/** Un, une : un compte de un ("il y a un mois"). */
export const ONE_WORDS: readonly string[] = ["un", "une"];

/** Comptes vagues, lus comme trois environ ("il y a quelques jours"). */
export const FEW_WORDS: readonly string[] = ["quelques", "plusieurs"];
