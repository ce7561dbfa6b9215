import { graphql } from '../gql';

export const ParityLineFragment = graphql(`
  fragment ParityLine_term on Term {
    seatCount
    parity {
      women
      total
      minimumWomen
      satisfied
      vacant
      reachable
    }
  }
`);

export const SeatListFragment = graphql(`
  fragment SeatList_term on Term {
    startsOn
    seats {
      id
      number
      currentMandate {
        id
        startsOn
        deputy {
          id
          fullName
          territory
        }
      }
    }
  }
`);

export const CurrentTermQuery = graphql(`
  query CurrentTerm {
    currentTerm {
      id
      name
      status
      startsOn
      endsOn
      ...ParityLine_term
      ...SeatList_term
    }
  }
`);
