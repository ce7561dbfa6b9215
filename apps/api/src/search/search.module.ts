import { Module } from '@nestjs/common';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Search over what the viewer may read (issue 17); the index is the database's (SearchEntry and its triggers). */
@Module({ providers: [SearchService, SearchResolver] })
export class SearchModule {}
