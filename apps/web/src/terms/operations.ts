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
          territoryLabel
        }
      }
      history {
        id
        startsOn
        endsOn
        endReason
        deputy {
          id
          fullName
        }
      }
    }
  }
`);

export const HemicycleFragment = graphql(`
  fragment Hemicycle_term on Term {
    seatCount
    parity {
      women
      minimumWomen
      satisfied
    }
    seats {
      id
      number
      currentMandate {
        id
        deputy {
          id
          fullName
          gender
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
      ...Hemicycle_term
      ...SeatList_term
    }
  }
`);

export const TermAdminQuery = graphql(`
  query TermAdmin {
    me {
      id
      role
    }
    deputies {
      id
      fullName
      gender
      currentMandate {
        id
      }
    }
  }
`);

export const AssignSeatMutation = graphql(`
  mutation AssignSeat($input: AssignSeatInput!) {
    assignSeat(input: $input) {
      mandate {
        id
      }
      parity {
        women
        total
        minimumWomen
        satisfied
        vacant
        reachable
      }
      warnings {
        code
        params
        message
      }
    }
  }
`);

export const EndMandateMutation = graphql(`
  mutation EndMandate($input: EndMandateInput!) {
    endMandate(input: $input) {
      mandate {
        id
        endsOn
        endReason
      }
      successor {
        id
      }
      parity {
        women
        total
        minimumWomen
        satisfied
        vacant
        reachable
      }
      warnings {
        code
        params
        message
      }
    }
  }
`);

export const CreateTermMutation = graphql(`
  mutation CreateTerm($input: CreateTermInput!) {
    createTerm(input: $input) {
      id
      name
      startsOn
      endsOn
    }
  }
`);
