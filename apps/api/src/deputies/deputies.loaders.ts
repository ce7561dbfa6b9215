import type DataLoader from 'dataloader';
import { Deputy, Prisma } from '../generated/prisma/client';
import { ids, Loaders, one } from '../loaders/loaders';

/** Deputies' own loaders, in the request's container: `loaders.of(DeputiesLoaders)`. */
export class DeputiesLoaders {
  constructor(private readonly loaders: Loaders) {
    this.deputyById = loaders.byId<Deputy>('Deputy');
    // The signed-in person's deputy was read with their account by the auth guard: `me { deputy }` reads it no second time.
    const signedIn = loaders.signedIn;
    if (signedIn) {
      this.deputyByUserId.prime(signedIn.userId, signedIn.deputy);
      if (signedIn.deputy) this.deputyById.prime(signedIn.deputy.id, signedIn.deputy);
    }
  }

  readonly deputyById: DataLoader<string, Deputy | null>;
  readonly deputyByUserId = one(
    (keys) => this.loaders.prisma.readRaw<Deputy[]>(Prisma.sql`SELECT * FROM "Deputy" WHERE "userId" IN (${ids(keys)})`),
    (d) => d.userId ?? '',
  );
}
