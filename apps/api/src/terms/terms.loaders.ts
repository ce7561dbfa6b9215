import { Loaders, one } from '../loaders/loaders';

/** Terms' own loaders, in the request's container: `loaders.of(TermsLoaders)`. */
export class TermsLoaders {
  constructor(private readonly loaders: Loaders) {}

  readonly termById = one(
    (ids) => this.loaders.prisma.term.findMany({ where: { id: { in: [...ids] } } }),
    (t) => t.id,
  );
}
