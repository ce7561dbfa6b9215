import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@tribune/domain';
import { Roles } from '../auth/decorators';
import { AttendanceRecordService } from './attendance-record.service';
import { DeputyAttendance } from './models/attendance-record.model';
import { listOf } from '../security/graphql-limits';

@Resolver()
export class AttendanceRecordResolver {
  constructor(private readonly service: AttendanceRecordService) {}

  @Roles(Role.ADMIN)
  @Query(() => [DeputyAttendance], {
    complexity: listOf(100),
    description: 'Administrators: attendance of every deputy over the term (present, excused, absent), overall and by group.',
  })
  attendanceRecord(
    @Args('termId', { type: () => ID }) termId: string,
    @Args('groupId', { type: () => ID, nullable: true }) groupId?: string,
  ) {
    return this.service.record(termId, groupId);
  }
}
