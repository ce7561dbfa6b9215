import { Loaders, one } from '../loaders/loaders';

/** Users' own loaders, in the request's container: `loaders.of(UsersLoaders)`. */
export class UsersLoaders {
  constructor(private readonly loaders: Loaders) {}

  readonly userById = one(
    (ids) => this.loaders.prisma.user.findMany({ where: { id: { in: [...ids] } } }),
    (u) => u.id,
  );
}
