import { Loaders, many, one } from '../loaders/loaders';

/** The agenda's own loaders, in the request's container: `loaders.of(AgendaLoaders)`. */
export class AgendaLoaders {
  constructor(private readonly loaders: Loaders) {}

  readonly agendaItemById = one(
    (ids) => this.loaders.prisma.agendaItem.findMany({ where: { id: { in: [...ids] } } }),
    (a) => a.id,
  );
  readonly agendaByMeetingId = many(
    (ids) => this.loaders.prisma.agendaItem.findMany({ where: { meetingId: { in: [...ids] } }, orderBy: { position: 'asc' } }),
    (a) => a.meetingId,
  );
}
