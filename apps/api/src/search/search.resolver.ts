import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/decorators';
import { DEFAULT_LIST_SIZE } from '../security/graphql-limits';
import { SearchInput } from './dto/search.input';
import { SearchPage } from './models/search-hit.model';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchPage, {
    description:
      'Messages, field reports, decisions, minutes, agenda and action items, texts and amendments the viewer may read that hold every word of the query, newest first, page by page.',
    // The hits list is counted at the default list size; scale it to the page asked (input.first).
    complexity: ({ args, childComplexity }) =>
      1 + Math.ceil((childComplexity * Math.max(1, Number((args.input as SearchInput | undefined)?.first) || 20)) / DEFAULT_LIST_SIZE),
  })
  search(@CurrentUser() viewer: AuthUser, @Args('input') input: SearchInput) {
    return this.searchService.search(viewer, input);
  }
}
