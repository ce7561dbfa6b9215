import { graphql } from '../gql';

/** The official list (régions, départements, outside France), served by the API: not in the first download. */
export const TerritoriesQuery = graphql(`
  query Territories {
    territories {
      code
      label
      kind
    }
  }
`);
