export interface ParityInput {
  /** Declared gender of each seat's current holder; null for a vacant seat. */
  holders: ReadonlyArray<string | null>;
  minimumWomen: number;
}

export interface Parity {
  women: number;
  total: number;
  minimumWomen: number;
  satisfied: boolean;
  vacant: number;
  /** Could the minimum still be met if every vacant seat went to a woman? */
  reachable: boolean;
}

export function computeParity({ holders, minimumWomen }: ParityInput): Parity {
  const total = holders.filter((h) => h !== null).length;
  const women = holders.filter((h) => h === 'WOMAN').length;
  const vacant = holders.length - total;
  return {
    women,
    total,
    minimumWomen,
    satisfied: women >= minimumWomen,
    vacant,
    reachable: women + vacant >= minimumWomen,
  };
}
