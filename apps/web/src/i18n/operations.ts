import { graphql } from '../gql';

/** Saves the language chosen in the switcher to the account (mails and the calendar feed follow it). */
export const SetMyLocaleMutation = graphql(`
  mutation SetMyLocale($input: SetMyLocaleInput!) {
    setMyLocale(input: $input) {
      id
      locale
    }
  }
`);

/** The signed-in account's language: the web switches to it after login. */
export const MyLocaleQuery = graphql(`
  query MyLocale {
    me {
      id
      locale
    }
  }
`);
